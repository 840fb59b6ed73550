"""`studio check` end to end through the real command line entry point."""

from __future__ import annotations

import io
import json
import re
import textwrap
from pathlib import Path

import pytest

from studio.cli import main

# A user rule pack in the data dir gives the tests a `strong` rule of their own, so they do not
# depend on how the built-in packs word things.
STRONG_RULE = """\
extends: existence
id: TEST-STRONG
panel: wellbeing
severity: strong
message: "'%s' is a test trigger."
tokens: [zorblax]
"""
LINE = re.compile(r"^(\d+):(\d+) (info|warn|strong) ([a-z]+)/(\S+) (.+)$")


@pytest.fixture(autouse=True)
def user_rule(studio_home: Path) -> None:
    folder = studio_home / "rules" / "Tests"
    folder.mkdir(parents=True)
    (folder / "Strong.yml").write_text(STRONG_RULE, encoding="utf-8")


def feed_stdin(monkeypatch: pytest.MonkeyPatch, data: bytes) -> None:
    monkeypatch.setattr("sys.stdin", io.TextIOWrapper(io.BytesIO(data), encoding="utf-8"))


def write(tmp_path: Path, name: str, text: str) -> str:
    path = tmp_path / name
    path.write_text(text, encoding="utf-8")
    return str(path)


def test_text_output_and_exit_1_on_a_strong_finding(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    post = write(tmp_path, "post.txt", "Good morning ☀️\nA zorblax appeared. https://ex.com/x")
    code = main(["check", post, "--platform", "instagram", "--grammar", "off"])
    out = capsys.readouterr().out.splitlines()
    assert code == 1
    findings = [LINE.match(line) for line in out[:-1]]
    assert all(findings), out
    strong = next(m for m in findings if m and m.group(5) == "TEST-STRONG")
    assert strong.group(1, 2, 3, 4) == ("2", "3", "strong", "wellbeing")
    assert any(m and m.group(5) == "PF-LINK" for m in findings)
    assert out[-1].startswith("scores: wellbeing 50")
    assert "grammar" not in out[-1]


def test_exit_0_when_nothing_strong(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    post = write(tmp_path, "calm.txt", "We planted tomatoes today. What are you growing?")
    assert main(["check", post, "--grammar", "off"]) == 0
    assert capsys.readouterr().out.splitlines()[-1].startswith("scores:")


def test_json_output_is_one_report_object(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    post = write(tmp_path, "post.txt", "First line\nthen zorblax 👨‍👩‍👧 here")
    code = main(["check", post, "--format", "json", "--platform", "x,bluesky", "--grammar", "off"])
    report = json.loads(capsys.readouterr().out)
    assert code == 1
    assert report["source"] == post and report["has_strong"] is True
    finding = next(f for f in report["findings"] if f["rule_id"] == "TEST-STRONG")
    assert (finding["line"], finding["column"], finding["text"]) == (2, 6, "zorblax")
    assert finding["start"] == len("First line\nthen ")
    assert [c["platform"] for c in report["counts"]] == ["x", "bluesky"]
    assert report["counts"][1]["secondary_unit"] == "bytes"
    assert set(report["scores"]) == {
        "wellbeing",
        "authenticity",
        "inclusion",
        "transparency",
        "platform",
    }
    assert report["grammar"] == "Grammar checks off"


def test_json_with_several_files_is_a_list(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    one = write(tmp_path, "a.txt", "calm")
    two = write(tmp_path, "b.txt", "zorblax")
    assert main(["check", one, two, "--format", "json", "--grammar", "off"]) == 1
    reports = json.loads(capsys.readouterr().out)
    assert [r["source"] for r in reports] == [one, two]


def test_jsonl_one_report_per_line_in_order(
    monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    lines = [
        {"id": 1, "text": "Nice day", "platforms": ["x"]},
        {"id": "b", "text": "zorblax", "sponsored": True},
        {"text": "Bake sale https://ex.com/cakes", "platforms": ["instagram"]},
    ]
    data = "\n".join(json.dumps(line) for line in lines[:2]) + "\n\n" + json.dumps(lines[2]) + "\n"
    feed_stdin(monkeypatch, data.encode())
    code = main(["check", "--format", "jsonl", "--grammar", "off", "-"])
    reports = [json.loads(line) for line in capsys.readouterr().out.splitlines()]
    assert code == 1
    assert [r.get("id") for r in reports] == [1, "b", None]
    assert [r["has_strong"] for r in reports] == [False, True, False]
    assert reports[0]["counts"][0]["platform"] == "x"
    assert any(f["rule_id"] == "PF-LINK" for f in reports[2]["findings"])


def test_jsonl_bad_lines_get_an_error_in_place_and_exit_2(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    batch = write(
        tmp_path,
        "batch.jsonl",
        '{"text": "fine"}\nnot json\n{"text": 3}\n{"text": "x", "platforms": ["myspace"]}\n'
        '{"text": "also fine"}\n',
    )
    code = main(["check", batch, "--format", "jsonl", "--grammar", "off"])
    captured = capsys.readouterr()
    reports = [json.loads(line) for line in captured.out.splitlines()]
    assert code == 2
    assert ["error" in r for r in reports] == [False, True, True, True, False]
    assert f"{batch}:2: not JSON" in reports[1]["error"]
    assert "myspace" in reports[3]["error"]
    assert f"{batch}:2" in captured.err


def test_undecodable_input_names_the_file_and_exits_2(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    latin1 = tmp_path / "latin1.txt"
    latin1.write_bytes("café zorblax".encode("latin-1"))
    assert main(["check", str(latin1), "--grammar", "off"]) == 2
    error = capsys.readouterr().err
    assert str(latin1) in error and "not UTF-8" in error


def test_missing_file_and_unknown_platform_are_usage_errors(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    assert main(["check", str(tmp_path / "nope.txt"), "--grammar", "off"]) == 2
    assert "nope.txt" in capsys.readouterr().err
    assert main(["check", "--platform", "x,myspace", "--grammar", "off"]) == 2
    assert "myspace" in capsys.readouterr().err
    assert main(["check", "--format", "yaml"]) == 2


def test_reads_standard_input_without_a_file(
    monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    feed_stdin(monkeypatch, b"ok zorblax")
    assert main(["check", "--grammar", "off"]) == 1
    assert "TEST-STRONG" in capsys.readouterr().out


def test_several_files_in_text_format_get_a_header_each(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    one = write(tmp_path, "one.txt", "calm")
    two = write(tmp_path, "two.txt", "zorblax")
    assert main(["check", one, two, "--grammar", "off"]) == 1
    out = capsys.readouterr().out
    assert out.index(f"{one}:") < out.index(f"{two}:") < out.index("TEST-STRONG")


def test_grammar_auto_adds_the_grammar_panel_offline(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    post = write(tmp_path, "typo.txt", "We recieved your letter yesterday.")
    assert main(["check", post, "--format", "json"]) == 0
    report = json.loads(capsys.readouterr().out)
    assert "grammar" in report["scores"]
    assert report["grammar"]


def test_an_unreachable_grammar_server_is_reported_not_fatal(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    post = write(tmp_path, "post.txt", "A calm post.")
    code = main(["check", post, "--format", "json", "--grammar", "http://127.0.0.1:9"])
    captured = capsys.readouterr()
    assert code == 0
    assert "grammar not checked" in json.loads(captured.out)["grammar"]
    assert "grammar not checked" in captured.err
    assert main(["check", post, "--grammar", "ftp://nowhere"]) == 2


def test_a_broken_user_rule_is_reported_and_skipped(
    studio_home: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    (studio_home / "rules" / "Tests" / "Broken.yml").write_text(
        textwrap.dedent("extends: sequence\ntokens: [a]\n"), encoding="utf-8"
    )
    post = write(tmp_path, "post.txt", "zorblax")
    assert main(["check", post, "--grammar", "off"]) == 1
    assert capsys.readouterr().err.count("Broken.yml") == 1  # reported once, not also logged


def test_workspace_rule_packs_apply_only_with_workspace(
    studio_home: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    folder = studio_home / "rules" / "workspaces" / "acme" / "Acme"
    folder.mkdir(parents=True)
    (folder / "Brand.yml").write_text(
        "extends: substitution\nid: ACME-BRAND\nswap:\n  acme corp: ACME\n", encoding="utf-8"
    )
    post = write(tmp_path, "post.txt", "Made by acme corp.")
    assert main(["check", post, "--grammar", "off"]) == 0
    assert "ACME-BRAND" not in capsys.readouterr().out
    assert main(["check", post, "--grammar", "off", "--workspace", "acme"]) == 0
    assert "style/ACME-BRAND Use 'ACME' instead of 'acme corp'." in capsys.readouterr().out


PLATFORM_RULE = """\
extends: existence
id: TEST-ONLY-X
panel: wellbeing
level: warning
message: "'%s' is a test trigger on some platforms."
platforms: [x, bluesky]
tokens: [glimmerwort]
"""


def test_a_platform_rules_findings_name_their_platform(
    studio_home: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    (studio_home / "rules" / "Tests" / "OnlyX.yml").write_text(PLATFORM_RULE, encoding="utf-8")
    post = write(tmp_path, "post.txt", "A glimmerwort grows here.")
    args = ["check", post, "--platform", "instagram,bluesky,x", "--grammar", "off"]
    assert main([*args, "--format", "json"]) == 0
    report = json.loads(capsys.readouterr().out)
    found = [f for f in report["findings"] if f["rule_id"] == "TEST-ONLY-X"]
    assert sorted(f["platform"] for f in found) == ["bluesky", "x"]
    assert report["scores"]["wellbeing"] == 85  # one habit to change, reported per platform
    assert report["skipped"] == []
    main(args)
    lines = [line for line in capsys.readouterr().out.splitlines() if "TEST-ONLY-X" in line]
    assert [line.rsplit(" ", 1)[-1] for line in sorted(lines)] == ["(Bluesky)", "(X)"]


def test_json_gives_each_suggestion_its_exact_edit(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    text = "Only 3 left!!! Hurry, sale ends tonight. Tag a friend who needs this #ad"
    post = write(tmp_path, "post.txt", text)
    main(["check", post, "--format", "json", "--grammar", "off"])
    findings = json.loads(capsys.readouterr().out)["findings"]
    hurry = next(f for f in findings if f["text"] == "Hurry")
    assert (hurry["start"], hurry["end"], hurry["suggestions"]) == (15, 20, [""])
    assert hurry["edits"] == [{"start": 14, "end": 23, "text": " S"}]
    bait = next(f for f in findings if f["rule_id"] == "AU-TAG-BAIT")
    assert bait["text"] == "Tag a friend who needs this"  # stops before "#ad"
    edit = bait["edits"][0]
    fixed = text[: edit["start"]] + edit["text"] + text[edit["end"] :]
    assert fixed.endswith("Send it their way if you like. #ad")
    assert all(len(f["edits"]) == len(f["suggestions"]) for f in findings)
