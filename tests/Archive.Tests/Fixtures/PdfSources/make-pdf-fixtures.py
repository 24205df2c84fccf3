#!/usr/bin/env python3
"""Writes the PDF fixtures of Fixtures/Segmentation from the page layouts below (standard fonts, WinAnsi text, no
dependencies): `python3 tests/Archive.Tests/Fixtures/PdfSources/make-pdf-fixtures.py`. The layouts were written by hand
for the tests; each line is (top in points from the page's top edge, left, font size, bold, text)."""
import os

HEIGHT, WIDTH = 842, 595


def header(page):
    # A running header block at 10-16 % of the page's height, right-aligned as minutes systems print it.
    return [(85, 400, 8, False, "Teknik- og Miljøudvalget"), (97, 470, 8, False, "Referat"),
            (109, 452, 8, False, "Åbent referat"), (121, 440, 8, False, "Dato: 10.03.2021"),
            (133, 480, 8, False, f"Side {page}")]


LABEL = "Teknik- og Miljøudvalgets beslutning den 10.03.2021 Punkt {}"

RUNNING_HEADER_BLOCK = [
    [(80, 57, 16, True, "Referat"), (110, 57, 14, True, "Teknik- og Miljøudvalget"),
     (135, 57, 10, False, "onsdag den 10. marts 2021, kl. 16:00"),
     (200, 57, 12, True, "1. Godkendelse af dagsorden"), (225, 57, 10, False, "Sagsnr.: 2021-1201"),
     (250, 57, 10, True, "Sagsfremstilling"), (265, 57, 10, False, "Dagsordenen forelægges til godkendelse."),
     (640, 57, 10, False, LABEL.format(1))],
    header(2) + [(160, 57, 10, False, "Godkendt."),
                 (200, 57, 12, True, "2. Ny cykelsti langs Ringvejen"), (225, 57, 10, False, "Sagsnr.: 2020-7713"),
                 (250, 57, 10, True, "Sagsfremstilling"),
                 (265, 57, 10, False, "Forvaltningen har projekteret en cykelsti på den nordlige side af Ringvejen."),
                 (290, 57, 10, True, "Indstilling"),
                 (305, 57, 10, False, "Forvaltningen indstiller, at cykelstien anlægges som beskrevet."),
                 (640, 57, 10, False, LABEL.format(2))],
    header(3) + [(160, 57, 10, False, "Indstillingen godkendt."),
                 (200, 57, 12, True, "3. Status på vejvedligeholdelse"), (225, 57, 10, False, "Sagsnr.: 2021-0388"),
                 (250, 57, 10, True, "Sagsfremstilling"),
                 (265, 57, 10, False, "Udvalget orienteres om årets asfaltarbejder."),
                 (640, 57, 10, False, LABEL.format(3))],
    header(4) + [(160, 57, 10, False, "Taget til efterretning.")],
]


def escape(text):
    return text.replace("\\", "\\\\").replace("(", "\\(").replace(")", "\\)")


def write(path, pages):
    objects = {1: b"<< /Type /Catalog /Pages 2 0 R >>",
               3: b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /Encoding /WinAnsiEncoding >>",
               4: b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica-Bold /Encoding /WinAnsiEncoding >>"}
    kids = []
    for i, lines in enumerate(pages):
        page, content = 5 + 2 * i, 6 + 2 * i
        stream = b"".join(b"BT /%s %d Tf %d %d Td (%s) Tj ET\n" % (b"F2" if bold else b"F1", size, left, HEIGHT - top - size,
                                                                 escape(text).encode("cp1252"))
                          for top, left, size, bold, text in lines)
        objects[content] = b"<< /Length %d >>\nstream\n%sendstream" % (len(stream), stream)
        objects[page] = (b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 %d %d] /Contents %d 0 R "
                         b"/Resources << /Font << /F1 3 0 R /F2 4 0 R >> >> >>" % (WIDTH, HEIGHT, content))
        kids.append(b"%d 0 R" % page)
    objects[2] = b"<< /Type /Pages /Kids [%s] /Count %d >>" % (b" ".join(kids), len(kids))
    out, offsets = bytearray(b"%PDF-1.4\n"), {}
    for number in sorted(objects):
        offsets[number] = len(out)
        out += b"%d 0 obj\n%s\nendobj\n" % (number, objects[number])
    xref = len(out)
    out += b"xref\n0 %d\n0000000000 65535 f \n" % (len(objects) + 1)
    out += b"".join(b"%010d 00000 n \n" % offsets[n] for n in sorted(objects))
    out += b"trailer\n<< /Size %d /Root 1 0 R >>\nstartxref\n%d\n%%%%EOF\n" % (len(objects) + 1, xref)
    with open(path, "wb") as f:
        f.write(out)


folder = os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "Segmentation")
write(os.path.join(folder, "udvalg-pdf-sidehoved-blok.pdf"), RUNNING_HEADER_BLOCK)
