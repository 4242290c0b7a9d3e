"""Time and memory of importing the large inputs of issue 19: ``python -m benchmarks.import_limits``.

The tests (tests/importers/test_hostile_inputs.py) assert the outcomes; the figures live
here. Each input is built in a temporary folder, then imported in a fresh process that
reports its wall time and peak resident memory (``ru_maxrss``, Linux/macOS), next to the
file's size. Nothing fails: the figures are printed for the performance notes.
"""

from __future__ import annotations

from pathlib import Path
import subprocess
import sys
import tempfile

ROOT = Path(__file__).resolve().parent.parent
CHILD = """
import resource, sys, time
start = time.perf_counter()
from papi_desktop.importers import import_report
try:
    result = import_report(sys.argv[1]); outcome = f"{len(result.placements)} paragraphs"
except Exception as error:
    outcome = f"refused: {error}"[:60]
elapsed = time.perf_counter() - start
peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
print(f"{elapsed:.2f}\\t{peak:.0f}\\t{outcome}")
"""


def _word(path: Path, paragraphs: int, styles: int = 0) -> Path:
    import docx
    from docx.oxml import parse_xml
    from docx.oxml.ns import nsdecls

    document = docx.Document()
    styles_element = document.styles.element
    for index in range(styles):
        based = f'<w:basedOn w:val="S{index - 1}"/>' if index else ""
        styles_element.append(parse_xml(f'<w:style {nsdecls("w")} w:type="paragraph" w:styleId="S{index}">'
                                        f'<w:name w:val="S{index}"/>{based}</w:style>'))
    body = document.element.body
    end = body.sectPr
    for index in range(paragraphs):
        style = f'<w:pPr><w:pStyle w:val="S{index % styles}"/></w:pPr>' if styles else ""
        end.addprevious(parse_xml(f'<w:p {nsdecls("w")}>{style}<w:r><w:t>Sở đã thực hiện việc số {index}.</w:t></w:r></w:p>'))
    document.save(str(path))
    return path


def _wrapped_text(path: Path) -> Path:
    sentence = "sở đã tăng cường công tác tuyên truyền về chỉ số hiệu quả quản trị và hành chính công"
    lines = ["BÁO CÁO", "Kết quả quý I/2024", "I. Công tác xây dựng Kế hoạch", "Mở đầu " + sentence]
    path.write_text("\n".join(lines + [sentence] * 20_000) + ".", encoding="utf-8")
    return path


def _one_line(path: Path) -> Path:
    word = "tuyên truyền "
    path.write_text("Nội dung " + word * (18 * 1024 * 1024 // len(word.encode())), encoding="utf-8")
    return path


def main() -> int:
    with tempfile.TemporaryDirectory() as folder:
        folder = Path(folder)
        inputs = [
            ("100,000 paragraphs (.docx)", lambda: _word(folder / "dai.docx", 100_000)),
            ("10,000 styles + 20,000 paragraphs (.docx)", lambda: _word(folder / "kieu.docx", 20_000, 10_000)),
            ("2 MB text wrapped mid-sentence", lambda: _wrapped_text(folder / "pdf.txt")),
            ("18 MB text on one line", lambda: _one_line(folder / "mot-dong.txt")),
        ]
        print(f"{'input':45} {'size MB':>8} {'time s':>7} {'peak MB':>8}  outcome")
        for label, build in inputs:
            path = build()
            output = subprocess.run([sys.executable, "-c", CHILD, str(path)], cwd=ROOT, capture_output=True,
                                    text=True, timeout=600).stdout.strip()
            elapsed, peak, outcome = (output.split("\t") + ["", "", ""])[:3]
            print(f"{label:45} {path.stat().st_size / 1024 / 1024:8.1f} {elapsed:>7} {peak:>8}  {outcome}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
