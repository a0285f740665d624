#!/usr/bin/env python3
"""Check SARIF logs against the OASIS schema and GitHub code scanning's rules.

usage: validate-sarif.py SCHEMA FILE...

The schema alone accepts logs that GitHub then shows badly or not at all
(results without ruleIndex or fingerprints, absolute paths that do not match
the repository), so both are checked. Exit status 0 when every file passes,
1 with one line per problem ("FILE: PROBLEM") otherwise, 2 on bad usage.
"""

import json
import re
import sys

try:
    import jsonschema
except ImportError:  # Debian: python3-jsonschema
    sys.exit("validate-sarif.py: python3-jsonschema is not installed")

SCHEMA_URI = "https://json.schemastore.org/sarif-2.1.0.json"
SRCROOT = "%SRCROOT%"
PRECISIONS = {"very-high", "high", "medium", "low"}
SEVERITIES = {"error", "warning", "recommendation"}
LEVELS = {"none", "note", "warning", "error"}
FINGERPRINT = re.compile(r"^[0-9a-f]+:[1-9][0-9]*$")
URI_SCHEME = re.compile(r"^[A-Za-z][A-Za-z0-9+.-]*:")
# RFC 3986 characters a URI may hold unescaped; anything else must be %XX.
URI_CHARS = re.compile(r"^(?:[A-Za-z0-9\-._~:/?#\[\]@!$&'()*+,;=]|%[0-9A-Fa-f]{2})*$")
MAX_SCHEMA_ERRORS = 10


def schema_problems(validator, log):
    errors = sorted(validator.iter_errors(log), key=lambda e: list(e.absolute_path))
    problems = []
    for error in errors[:MAX_SCHEMA_ERRORS]:
        where = "/".join(str(p) for p in error.absolute_path) or "(root)"
        problems.append(f"schema: at {where}: {error.message}")
    if len(errors) > MAX_SCHEMA_ERRORS:
        problems.append(f"schema: {len(errors) - MAX_SCHEMA_ERRORS} more errors")
    return problems


class RunChecker:
    """GitHub's requirements for one run; problems collect in self.problems."""

    def __init__(self, run, where):
        self.run = run
        self.where = where
        self.problems = []
        self.base_ids = run.get("originalUriBaseIds") or {}

    def problem(self, where, text):
        self.problems.append(f"{where}: {text}")

    def check(self):
        self.check_base_ids()
        rules = self.check_driver()
        details = self.run.get("automationDetails")
        if not isinstance(details, dict) or not isinstance(details.get("id"), str) \
                or not details["id"]:
            self.problem(self.where, "no automationDetails.id (GitHub's analysis category)")
        for n, invocation in enumerate(self.run.get("invocations") or []):
            for m, note in enumerate(invocation.get("toolExecutionNotifications") or []):
                self.check_notification(note, rules,
                                        f"{self.where}.invocations[{n}].toolExecutionNotifications[{m}]")
        seen = set()
        for n, result in enumerate(self.run.get("results") or []):
            self.check_result(result, rules, f"{self.where}.results[{n}]", seen)
        return self.problems

    def check_base_ids(self):
        for name, base in self.base_ids.items():
            uri = base.get("uri", "") if isinstance(base, dict) else ""
            where = f"{self.where}.originalUriBaseIds[{name}]"
            if not uri.startswith("file:///"):
                self.problem(where, f"uri {uri!r} is not an absolute file URI")
            elif not uri.endswith("/"):
                self.problem(where, f"uri {uri!r} lacks the trailing '/'")

    def check_driver(self):
        driver = (self.run.get("tool") or {}).get("driver") or {}
        where = f"{self.where}.tool.driver"
        if not driver.get("name"):
            self.problem(where, "no name")
        if not driver.get("semanticVersion") and not driver.get("version"):
            self.problem(where, "no version or semanticVersion")
        rules = driver.get("rules") or []
        ids = set()
        for n, rule in enumerate(rules):
            rule_where = f"{where}.rules[{n}]"
            rule_id = rule.get("id")
            if rule_id in ids:
                self.problem(rule_where, f"duplicate rule id {rule_id!r}")
            ids.add(rule_id)
            for field in ("shortDescription", "fullDescription"):
                if not (rule.get(field) or {}).get("text"):
                    self.problem(rule_where, f"no {field}.text")
            help_ = rule.get("help") or {}
            for field in ("text", "markdown"):
                if not help_.get(field):
                    self.problem(rule_where, f"no help.{field}")
            properties = rule.get("properties") or {}
            tags = properties.get("tags")
            if not isinstance(tags, list) or not all(isinstance(t, str) for t in tags):
                self.problem(rule_where, "properties.tags is not an array of strings")
            if properties.get("precision") not in PRECISIONS:
                self.problem(rule_where, f"properties.precision {properties.get('precision')!r} "
                                         f"is not one of {sorted(PRECISIONS)}")
            if properties.get("problem.severity") not in SEVERITIES:
                self.problem(rule_where, f"properties['problem.severity'] "
                                         f"{properties.get('problem.severity')!r} "
                                         f"is not one of {sorted(SEVERITIES)}")
        return rules

    def check_notification(self, note, rules, where):
        if note.get("level", "warning") not in LEVELS:
            self.problem(where, f"level {note.get('level')!r}")
        if not (note.get("message") or {}).get("text"):
            self.problem(where, "no message.text")
        for n, location in enumerate(note.get("locations") or []):
            self.check_physical(location.get("physicalLocation"), f"{where}.locations[{n}]")
        rule = note.get("associatedRule")
        if rule is not None and "index" in rule:
            index = rule["index"]
            if not (0 <= index < len(rules)) or rules[index].get("id") != rule.get("id"):
                self.problem(where, f"associatedRule index {index} does not name rule "
                                    f"{rule.get('id')!r}")

    def check_result(self, result, rules, where, seen):
        rule_id = result.get("ruleId")
        index = result.get("ruleIndex")
        if not isinstance(index, int):
            self.problem(where, "no ruleIndex")
        elif not (0 <= index < len(rules)):
            self.problem(where, f"ruleIndex {index} is outside the {len(rules)} rules")
        elif rules[index].get("id") != rule_id:
            self.problem(where, f"ruleIndex {index} is rule {rules[index].get('id')!r}, "
                                f"not ruleId {rule_id!r}")
        if result.get("level", "warning") not in LEVELS:
            self.problem(where, f"level {result.get('level')!r}")
        if not (result.get("message") or {}).get("text"):
            self.problem(where, "no message.text")

        locations = result.get("locations") or []
        if not locations:
            self.problem(where, "no locations")
        for n, location in enumerate(locations):
            self.check_physical(location.get("physicalLocation"), f"{where}.locations[{n}]")

        ids = set()
        for n, related in enumerate(result.get("relatedLocations") or []):
            related_where = f"{where}.relatedLocations[{n}]"
            related_id = related.get("id")
            if not isinstance(related_id, int) or related_id in ids:
                self.problem(related_where, f"id {related_id!r} is missing or repeated")
            ids.add(related_id)
            if not (related.get("message") or {}).get("text"):
                self.problem(related_where, "no message.text")
            self.check_physical(related.get("physicalLocation"), related_where)

        fingerprint = (result.get("partialFingerprints") or {}).get("primaryLocationLineHash")
        if not isinstance(fingerprint, str) or not FINGERPRINT.match(fingerprint):
            self.problem(where, f"partialFingerprints.primaryLocationLineHash {fingerprint!r} "
                                "is not 'hex:N'")
        elif locations:
            uri = ((locations[0].get("physicalLocation") or {}).get("artifactLocation")
                   or {}).get("uri")
            # Two results GitHub cannot tell apart become one alert.
            key = (rule_id, uri, fingerprint)
            if key in seen:
                self.problem(where, f"fingerprint {fingerprint} repeats an earlier result "
                                    f"of {rule_id!r} in {uri!r}")
            seen.add(key)

    def check_physical(self, physical, where):
        if not isinstance(physical, dict):
            self.problem(where, "no physicalLocation")
            return
        artifact = physical.get("artifactLocation") or {}
        uri = artifact.get("uri")
        base = artifact.get("uriBaseId")
        if not isinstance(uri, str) or not uri:
            self.problem(where, "no artifactLocation.uri")
        elif "\\" in uri or not URI_CHARS.match(uri):
            self.problem(where, f"uri {uri!r} is not percent-encoded")
        elif URI_SCHEME.match(uri):
            if not uri.startswith("file:///"):
                self.problem(where, f"uri {uri!r} is absolute but not a file URI")
            if base is not None:
                self.problem(where, f"absolute uri {uri!r} has a uriBaseId")
        else:
            if base is None:
                self.problem(where, f"relative uri {uri!r} has no uriBaseId")
            elif base not in self.base_ids:
                self.problem(where, f"uriBaseId {base!r} is not in originalUriBaseIds")
            if uri.startswith("/") or ".." in uri.split("/"):
                self.problem(where, f"relative uri {uri!r} leaves its base")
        region = physical.get("region")
        if region is None:
            self.problem(where, "no region")
            return
        line = region.get("startLine")
        if not isinstance(line, int) or line < 1:
            self.problem(where, f"region.startLine {line!r} is not >= 1")
        column = region.get("startColumn", 1)
        if not isinstance(column, int) or column < 1:
            self.problem(where, f"region.startColumn {column!r} is not >= 1")


def github_problems(log):
    problems = []
    if log.get("$schema") != SCHEMA_URI:
        problems.append(f"$schema is {log.get('$schema')!r}, not {SCHEMA_URI!r}")
    if log.get("version") != "2.1.0":
        problems.append(f"version is {log.get('version')!r}, not '2.1.0'")
    runs = log.get("runs")
    if not isinstance(runs, list) or not runs:
        problems.append("no runs")
        return problems
    for n, run in enumerate(runs):
        if isinstance(run, dict):
            problems += RunChecker(run, f"runs[{n}]").check()
    return problems


def validate(path, validator):
    try:
        with open(path, encoding="utf-8") as stream:
            log = json.load(stream)
    except (OSError, UnicodeDecodeError, json.JSONDecodeError) as error:
        return [f"cannot read: {error}"]
    if not isinstance(log, dict):
        return ["not a JSON object"]
    # The schema check comes first: GitHub's checks assume its shapes.
    problems = schema_problems(validator, log)
    return problems if problems else github_problems(log)


def main(argv):
    if len(argv) < 3:
        print(__doc__.strip().splitlines()[2], file=sys.stderr)
        return 2
    try:
        with open(argv[1], encoding="utf-8") as stream:
            schema = json.load(stream)
    except (OSError, json.JSONDecodeError) as error:
        print(f"{argv[1]}: cannot read schema: {error}", file=sys.stderr)
        return 2
    # The OASIS schema says which draft it is written in (draft-04).
    validator_class = jsonschema.validators.validator_for(schema)
    validator_class.check_schema(schema)
    validator = validator_class(schema)

    failed = False
    for path in argv[2:]:
        for problem in validate(path, validator):
            print(f"{path}: {problem}", file=sys.stderr)
            failed = True
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
