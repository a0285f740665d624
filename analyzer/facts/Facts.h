// What one translation unit of a driver declares, stores and calls.
//
// Facts are plain data with no pointer into a Clang AST, so a translation
// unit's facts can be serialised, cached, produced on another thread or
// machine, and linked with the facts of the driver's other files.
#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <vector>

namespace unloadcheck {

// A position in a source file. `file` is an absolute, normalised path;
// line and column are 1-based (column counts bytes, as clang does).
struct SourcePos {
  std::string file;
  unsigned line = 0;
  unsigned column = 0;

  bool valid() const { return !file.empty() && line != 0; }
  auto operator<=>(const SourcePos &) const = default;
};

// A SAL annotation written in the source (`_Dispatch_type_(IRP_MJ_READ)`),
// captured from the macro expansion whatever the macro expands to.
struct Annotation {
  std::string name;              // the macro name as written
  std::vector<std::string> args; // each argument's spelling, unexpanded
  SourcePos pos;

  bool operator==(const Annotation &) const = default;
};

// Where a fix can insert whole lines before a declaration without judgement.
struct LineInsertion {
  // Column 1 of the line holding the declaration's first token, or its first
  // annotation when annotations come before it.
  SourcePos pos;
  std::string indent;  // the white space before that token, for the new lines
  std::string newline; // "\n", or "\r\n" in a file written with CRLF
  // What a declaration inserted there needs to redeclare the same function:
  // "static " for a static function, "extern \"C\" " outside an extern "C" block.
  std::string specifiers;

  bool operator==(const LineInsertion &) const = default;
};

// One declaration (or the definition) of a function.
struct DeclFact {
  SourcePos pos;      // the declaration's start
  SourcePos namePos;  // the function's name in it
  bool isDefinition = false;
  // The typedef names the declaration's type was spelled with, outermost
  // first: `DRIVER_UNLOAD FooUnload;` gives {"DRIVER_UNLOAD"}.
  std::vector<std::string> typedefChain;
  // Annotations written before the declaration's name.
  std::vector<Annotation> annotations;
  // Where a fix inserts lines before it; unset when that needs judgement: a
  // macro writes it, something else comes before it on its line, it is a
  // class member.
  std::optional<LineInsertion> insertion;

  bool operator==(const DeclFact &) const = default;
};

// What a call argument refers to, so that a release can be matched with what
// it releases. Identities name storage, not values:
//   "g:gHandle"        a global (or a static local), "g:gCtx.Handle" a field of one,
//                      "g:gTable[]" any element of a global array;
//   "f:_DEV_EXT.Lower" a field reached through anything else (a parameter, a
//                      local pointer): every `ext->Lower` of that record;
//   "&" + either       the address of that storage;
//   "r:Name"           a function.
// Empty when the value comes from a local, a parameter or a computation.
struct ArgFact {
  std::string spelling;               // the argument as written
  std::optional<long long> constant;  // its value when it is an integer constant
  std::string value;                  // identity of the value passed
  std::string pointee;                // for `&X`: identity of X, written through it
  std::string pointeeSpelling;        // for `&X`: X as written
  // The string literal the argument carries, also through a UNICODE_STRING
  // the same function initialised from it ("\\DosDevices\\Foo").
  std::string text;

  bool operator==(const ArgFact &) const = default;
};

struct CallFact {
  std::string callee; // function name; empty for a call through a pointer
  SourcePos pos;
  std::vector<ArgFact> args;
  // Identity of the storage the result is assigned to (`gItem = IoAllocateWorkItem(..)`).
  std::string resultStoredTo;
  std::string resultSpelling;
  // False when the call is a statement of its own, or cast to void: its
  // result is thrown away.
  bool resultUsed = true;
  // In the taken branch of `#if DBG`: compiled in checked builds only.
  bool inDebugBlock = false;

  bool operator==(const CallFact &) const = default;
};

// A value as the path rules compare it: what a return statement returns,
// what an assignment stores.
struct ValueFact {
  enum class Kind {
    None,       // no value (`return;`)
    Unknown,    // anything the rules cannot follow
    Constant,   // an integer constant (`STATUS_PENDING`)
    Variable,   // a variable whose address the function never takes: a local, a
                // parameter ("name@line") or a global ("g:name")
    CallResult, // the result of a call of this function
    ParamField, // a field read through a parameter (`Irp->IoStatus.Status`)
  };
  Kind kind = Kind::None;
  long long constant = 0;
  std::string variable; // Variable: "name@line" of its declaration, "g:name" for a global
  unsigned call = 0;    // CallResult: index into FunctionFact::calls
  int param = -1;       // ParamField: parameter index
  std::string field;    // ParamField: "IoStatus.Status"
  std::string spelling; // as written

  // NT_SUCCESS of the value as an NTSTATUS, when it is a constant.
  std::optional<bool> ntSuccess() const {
    if (kind != Kind::Constant)
      return std::nullopt;
    return static_cast<int32_t>(constant) >= 0;
  }

  bool operator==(const ValueFact &) const = default;
};

// A function's control-flow graph, reduced to what the path rules need: the
// calls (by index into FunctionFact::calls), returns, assignments and uses
// of parameters of each block, in execution order, and where control goes
// next.
struct CfgEvent {
  enum class Kind {
    Call,     // `call`
    Return,   // `pos`, `value`
    Assign,   // a variable (see ValueFact::Variable): `variable` = `value`
    Store,    // a field through a parameter: `param`->`field` = `value`
    ParamUse, // `param` is read; `argumentOf` says when as a call's argument
  };
  Kind kind = Kind::Call;
  unsigned call = 0;
  SourcePos pos;
  ValueFact value;
  std::string variable;
  int param = -1;
  std::string field;
  std::optional<unsigned> argumentOf; // ParamUse: index of the call it is an argument of
  unsigned argumentIndex = 0;         // ParamUse: which argument of that call
  bool copied = false;                // ParamUse: its value is copied somewhere (`p = Irp;`)
  bool unused = false;                // ParamUse: a statement of its own, `UNREFERENCED_PARAMETER(Flags)`

  bool operator==(const CfgEvent &) const = default;
};

// A block ending in a test of bits of a parameter, `if (Flags & MASK)`,
// `if (!FlagOn(Flags, MASK))`: where control goes when they are set and
// when they are clear (-1: nowhere reachable).
struct BitTestFact {
  int param = -1;
  long long mask = 0;
  int whenSet = -1;
  int whenClear = -1;

  bool operator==(const BitTestFact &) const = default;
};

// A block ending in a comparison of a value with a constant:
// `NT_SUCCESS(status)` (status >= 0), `status < 0`, `item == NULL`, `if (flag)`
// (flag != 0). Where control goes when it holds and when it does not (-1:
// nowhere reachable).
struct ValueTestFact {
  enum class Op { Ge, Lt, Eq, Ne };
  ValueFact value;      // what is compared
  std::string spelling; // the compared expression as written (`ext->Lower`)
  Op op = Op::Ne;
  long long constant = 0;
  int whenTrue = -1;
  int whenFalse = -1;
  SourcePos pos; // the condition

  bool operator==(const ValueTestFact &) const = default;
};

struct CfgBlock {
  std::vector<CfgEvent> events;
  std::vector<unsigned> successors; // indices into FunctionCfg::blocks
  std::optional<BitTestFact> bitTest;
  std::optional<ValueTestFact> valueTest;

  bool operator==(const CfgBlock &) const = default;
};

struct FunctionCfg {
  std::vector<CfgBlock> blocks; // empty when the body has no CFG
  unsigned entry = 0;
  unsigned exit = 0;
  SourcePos end; // the closing brace, where a path without a return ends

  bool operator==(const FunctionCfg &) const = default;
};

struct FunctionFact {
  std::string name;
  // Functions with internal linkage are keyed by name and file, others by name.
  bool externalLinkage = true;
  // Declared only in a system header (a DDI, a CRT function): not driver code.
  bool systemHeaderOnly = false;
  std::vector<DeclFact> decls; // in translation-unit order; decls[0] is the first
  bool hasBody = false;
  // The declaration or the body holds a parse error: rules stay silent on it.
  bool hasErrors = false;
  std::vector<CallFact> calls;
  // For each return statement, how many of `calls` come before it: where an
  // early return cuts the sequence of calls short.
  std::vector<unsigned> returnsAfterCalls;
  FunctionCfg cfg;
  bool hasIndirectCalls = false;
  // Placed in a pageable section (`#pragma alloc_text(PAGE, ...)`,
  // `code_seg("PAGE")`) or starting with PAGED_CODE(): callable only below
  // DISPATCH_LEVEL. `pageableBecause` says which, for messages.
  bool pageable = false;
  std::string pageableBecause;
};

// A store into a driver callback slot: `DriverObject->DriverUnload = X`,
// `DriverObject->MajorFunction[IRP_MJ_READ] = X`, ...
struct SlotStoreFact {
  enum class Value {
    Routine,     // a function, possibly through implicit conversions
    CastRoutine, // a function converted by an explicit cast
    Null,        // NULL or 0
    NonRoutine,  // a non-null value that is not a function (a constant, data)
    Unknown,     // a variable, a parameter, a call result: cannot tell
  };

  std::string slot;                // slot name from the knowledge base
  std::optional<int> majorFunction;   // constant index of a MajorFunction store
  std::string majorFunctionSpelling;  // the index as written
  Value value = Value::Unknown;
  std::string routine;              // for Routine and CastRoutine
  bool routineMatchesSlotType = true; // the routine's type is the slot's
  std::string enclosingFunction;    // empty at file scope
  std::string unit;                 // main file of the translation unit
  SourcePos pos;
  // For a registration field: identity of the structure written
  // ("g:FilterRegistration"), empty when it is a local or unknown.
  std::string holder;
};

// A clang-tidy style suppression comment: `NOLINT` silences findings on its
// line, `NOLINTNEXTLINE` on the next one, `NOLINTBEGIN` ... `NOLINTEND` on
// the lines between; only of the rules listed (globs), or of all.
struct SuppressionComment {
  enum class Kind { Line, NextLine, Begin, End };
  Kind kind = Kind::Line;
  std::string file;
  unsigned line = 0;
  std::vector<std::string> rules; // empty: every rule

  bool operator==(const SuppressionComment &) const = default;
};

struct MissingHeader {
  std::string name; // as written in the #include
  SourcePos includedFrom;
};

struct TuFacts {
  std::string mainFile;
  std::vector<FunctionFact> functions;
  std::vector<SlotStoreFact> stores;
  // Values stored in registration fields (knowledge `registrationFields`):
  // `slot` is the field's name there. A field an initializer leaves out
  // is recorded as Null.
  std::vector<SlotStoreFact> registrationStores;
  // Functions referred to other than by calling them: callbacks handed to the
  // system (a DPC routine, a notify routine, a thread's start routine).
  std::vector<std::string> referencedRoutines;
  std::vector<MissingHeader> missingHeaders;
  std::vector<SuppressionComment> suppressions;
  // Every header the translation unit included, by file name in lower
  // case ("fltkernel.h"), once each.
  std::vector<std::string> includedHeaders;
  // The first error diagnostics, "file:line:col: message"; empty when clean.
  std::vector<std::string> errors;
  unsigned errorCount = 0;
  bool parsed = false; // false when the front end could not run at all
};

} // namespace unloadcheck
