// Every path through a routine with the driver's own helpers expanded in
// place: the calls made in order, at any depth, and for the routine itself
// the tests of its parameters' bits, the reads of its parameters and what
// each return statement returns. For rules that judge a routine by what
// happens along each of its paths (a FilterUnloadCallback).
#pragma once

#include "model/DriverModel.h"

#include <functional>
#include <vector>

namespace unloadcheck {

struct PathStep {
  enum class Kind {
    Call,      // `call`, made by `routine`; `opaque` when nobody can say what it does
    BitTest,   // the root routine branched on `mask` of parameter `param`: `set` says which way
    ParamRead, // the root routine read parameter `param` (`unused`: a statement that does nothing with it)
    Return,    // the root routine returns `value` (Kind::None: no value) at `pos`
  };
  Kind kind = Kind::Call;
  const Routine *routine = nullptr;
  const CallFact *call = nullptr;
  bool opaque = false;
  unsigned depth = 0; // 0: the root routine, 1: a helper it calls, ...
  int param = -1;
  long long mask = 0;
  bool set = false;
  bool unused = false;
  SourcePos pos;
  ValueFact value; // resolved through the routine's local variables
};

class InlinedPaths {
public:
  // Calls `visit` for each path of `root`, loops followed at most twice and
  // helpers expanded up to four calls deep (recursion is cut: the call
  // stays opaque). False, with nothing judged reliable, when the routine
  // (or a helper) cannot be followed or has more paths than are followed.
  static bool forEach(const DriverModel &model, const Routine &root,
                      const std::function<void(const std::vector<PathStep> &)> &visit);
};

} // namespace unloadcheck
