// What a dispatch routine's calls do with its IRP: complete it, pass it down
// the stack, mark it pending, hand it to a queue. Read from
// rules/knowledge/irp.json.
#pragma once

#include <map>
#include <optional>
#include <string>

namespace unloadcheck {

struct IrpCall {
  enum class Does {
    Complete,    // IoCompleteRequest: the IRP belongs to the I/O manager again
    PassDown,    // IoCallDriver: it belongs to the next driver
    MarkPending, // IoMarkIrpPending
    HandOff,     // queued for completion later (IoCsqInsertIrp, IoStartPacket)
    Keep,        // used and still owned afterwards
    Reclaim,     // a completion routine may give it back after passing it down
    Tag,         // only the address is used, as a tag (IoReleaseRemoveLock)
  };
  Does does = Does::Keep;
  unsigned arg = 0; // the IRP's argument
};

class IrpKnowledge {
public:
  // Parses irp.json; throws std::runtime_error naming the problem.
  void add(const std::string &json);

  const IrpCall *call(const std::string &name) const;
  long long pendingStatus() const { return pendingStatus_; }

private:
  std::map<std::string, IrpCall> calls_;
  long long pendingStatus_ = 0x103;
};

} // namespace unloadcheck
