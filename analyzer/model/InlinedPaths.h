// Every path through a routine with the driver's own helpers expanded in
// place: the calls made in order, the comparisons taken and what each
// return statement returns, at any depth, and for the routine itself the
// tests of its parameters' bits and the reads of its parameters. For rules
// that judge a routine by what happens along each of its paths (a
// FilterUnloadCallback, DriverEntry's failure paths).
//
// A comparison of a value the path knows to be a constant (`linkCreated =
// TRUE; ... if (linkCreated)`) is only followed the way it goes.
#pragma once

#include "model/DriverModel.h"

#include <functional>
#include <vector>

namespace unloadcheck {

struct PathStep {
  enum class Kind {
    Call,      // `call`, made by `routine`; `opaque` when nobody can say what it does,
               // `expanded` when the steps of the callee follow
    Test,      // `routine` compared `value` with `test.constant`: `holds` says which way it went
    BitTest,   // the root routine branched on `mask` of parameter `param`: `set` says which way
    ParamRead, // the root routine read parameter `param` (`unused`: a statement that does nothing with it)
    Return,    // `routine` returns `value` (Kind::None: no value) at `pos`
  };
  Kind kind = Kind::Call;
  const Routine *routine = nullptr;
  const CallFact *call = nullptr;
  unsigned callIndex = 0; // Call: index into routine->calls
  bool opaque = false;
  bool expanded = false;
  unsigned depth = 0; // 0: the root routine, 1: a helper it calls, ...
  // Which invocation of `routine` the step belongs to, unique along the
  // path (the root is 0); the steps of an expanded call's callee carry the
  // call's `calleeFrame`.
  unsigned frame = 0;
  unsigned calleeFrame = 0; // Call, when expanded
  const ValueTestFact *test = nullptr; // Test
  bool holds = false;                  // Test
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
