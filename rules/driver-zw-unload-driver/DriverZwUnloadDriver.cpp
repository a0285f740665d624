// driver-zw-unload-driver: ZwUnloadDriver called by a file-system filter
// outside `#if DBG`, NtUnloadDriver called from kernel mode, a service name
// that is not a service key, or the returned status thrown away.
#include "engine/RuleContext.h"
#include "support/Strings.h"

namespace unloadcheck::rules {

namespace {

bool isFileSystemFilter(const DriverModel &model, const KnowledgeBase &kb) {
  for (const std::string &header : model.includedHeaders())
    if (kb.fileSystemFilterHeaders().count(header))
      return true;
  for (const auto &[key, routine] : model.routines())
    for (const CallFact &call : routine.calls)
      if (kb.fileSystemFilterCalls().count(call.callee))
        return true;
  return false;
}

// `\Registry\Machine\System\CurrentControlSet\Services\<Name>`, any case.
bool isServiceKey(const std::string &name) {
  static const std::string prefix = "\\registry\\machine\\system\\currentcontrolset\\services\\";
  const std::string text = lowercase(name);
  if (text.rfind(prefix, 0) != 0)
    return false;
  const std::string service = text.substr(prefix.size());
  return !service.empty() && service.find('\\') == std::string::npos;
}

} // namespace

void checkDriverZwUnloadDriver(RuleContext &context) {
  const DriverModel &model = context.model();
  const bool filter = isFileSystemFilter(model, context.kb());
  for (const auto &[key, routine] : model.routines()) {
    if (!routine.hasBody || routine.hasErrors)
      continue;
    for (const CallFact &call : routine.calls) {
      const bool zw = call.callee == "ZwUnloadDriver";
      if (!zw && call.callee != "NtUnloadDriver")
        continue;
      const std::string where = "'" + routine.name + "' ";
      if (!zw)
        context.report(where + "calls NtUnloadDriver: NtUnloadDriver called from kernel-mode code takes its "
                               "argument as coming from user mode; call ZwUnloadDriver",
                       call.pos);
      else if (filter && !call.inDebugBlock)
        context.report(where + "calls ZwUnloadDriver, but a file-system filter must not call ZwUnloadDriver "
                               "outside a #if DBG block: a filter cannot be unloaded safely from a running "
                               "system; a minifilter unloads another one with FltUnloadFilter",
                       call.pos);
      if (!call.args.empty() && !call.args[0].text.empty() && !isServiceKey(call.args[0].text))
        context.report("'" + call.args[0].text + "' passed to " + call.callee +
                           " is not a service key: pass \\Registry\\Machine\\System\\CurrentControlSet\\"
                           "Services\\<DriverName>",
                       call.pos);
      if (!call.resultUsed)
        context.report("the status returned by " + call.callee + " is ignored: it fails with "
                           "STATUS_INVALID_DEVICE_REQUEST for a PnP driver, which stays loaded; test it",
                       call.pos);
    }
  }
}

} // namespace unloadcheck::rules
