"""``--format junit``: JUnit XML for CI test dashboards — one test case per checked file,
one ``<failure>`` per finding, an ``<error>`` test case per unreadable input."""
from __future__ import annotations

import xml.etree.ElementTree as ET


def _failure_text(finding) -> str:
    lines = [f"{finding.path}:{finding.line}:{finding.column}: {finding.severity} [{finding.rule}]",
             finding.message]
    if finding.text:
        lines.append(f"text: {finding.text}")
    if finding.correction:
        lines.append(f"correction: {finding.correction}")
    return "\n".join(lines)


def build_tree(run) -> ET.Element:
    failures = len(run.findings)
    suites = ET.Element("testsuites", name="claimcheck", tests=str(len(run.files) + len(run.errors)),
                        failures=str(failures), errors=str(len(run.errors)))
    suite = ET.SubElement(suites, "testsuite", name="claimcheck", tests=suites.get("tests"),
                          failures=str(failures), errors=str(len(run.errors)), skipped="0")
    for result in run.files:
        case = ET.SubElement(suite, "testcase", name=result.path, classname="claimcheck", file=result.path)
        for finding in result.findings:
            failure = ET.SubElement(case, "failure", type=finding.rule,
                                    message=f"{finding.line}:{finding.column} {finding.message}")
            failure.text = _failure_text(finding)
    for error in run.errors:
        case = ET.SubElement(suite, "testcase", name=error.path, classname="claimcheck", file=error.path)
        ET.SubElement(case, "error", type="input error", message=error.message).text = error.message
    return suites


def report(run, out, **options) -> None:
    tree = build_tree(run)
    ET.indent(tree)
    out.write('<?xml version="1.0" encoding="UTF-8"?>\n')
    out.write(ET.tostring(tree, encoding="unicode"))
    out.write("\n")
