// driver-use-decl-annotations: a role-typed routine's definition carries
// _Use_decl_annotations_, so the role type's annotations apply to it.
#include "engine/RuleContext.h"
#include "model/Wiring.h"
#include "shared/DeclarationEdits.h"

#include <algorithm>

namespace unloadcheck::rules {

void checkDriverUseDeclAnnotations(RuleContext &context) {
  const KnowledgeBase &kb = context.kb();
  for (const auto &[key, routine] : context.model().routines()) {
    const DeclFact *definition = routine.definition();
    if (!definition || routine.hasErrors)
      continue;
    std::vector<std::string> roles = declaredRoleTypes(routine, kb);
    if (roles.empty())
      continue;
    if (std::any_of(definition->annotations.begin(), definition->annotations.end(),
                    [&](const Annotation &annotation) { return kb.isUseDeclAnnotations(annotation.name); }))
      continue;
    Finding &finding =
        context.report("'" + routine.name + "' is declared with role type " + roles.front() +
                           " but its definition lacks _Use_decl_annotations_: add it before the "
                           "definition so the role type's annotations apply",
                       definition->pos);
    if (std::optional<TextEdit> edit =
            insertLinesBefore(*definition, {"_Use_decl_annotations_"}, context.model().suppressions()))
      finding.fix =
          Fix{"insert '_Use_decl_annotations_' before the definition of '" + routine.name + "'", {*edit}};
  }
}

} // namespace unloadcheck::rules
