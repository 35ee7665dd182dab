#!/usr/bin/env python3
"""Build the bundled sample contracts: samples/<name>.txt and .docx.

Usage (from the project root):
    python3 tests/tools/mksamples.py            regenerate every sample
    python3 tests/tools/mksamples.py --check    verify instead of writing

Each samples/src/<name>.sample is one contract in a small line-based markup
(documented in samples/README.md).  From it we write two renderings of the
same text:

  - <name>.txt:  clause numbers typed as Word displays them, one paragraph
    per line, a blank line between paragraphs, tables one row per line,
    tracked changes accepted, footnotes at the end;
  - <name>.docx: a WordprocessingML package in which Word computes the
    clause numbers from numbering.xml (some levels through paragraph
    styles), with real tables, a footnote and tracked changes.

The output is deterministic: fixed ZIP timestamps and document dates, so
running the script twice gives byte-identical files (with the same zlib).

--check writes nothing.  It fails if a file on disk is not what the source
gives, or if the text of a .docx (read back from its XML) differs from its
.txt twin.  When build/aiclause exists it also runs `aiclause extract` on
each .docx and compares the paragraphs and labels with what the source
says Word displays, runs `aiclause review` on both twins and compares the
findings, and checks that the vendor-friendly sample scores worse than the
customer-friendly one.

Python standard library only.
"""

import argparse
import io
import json
import os
import re
import subprocess
import sys
import xml.dom.minidom
import zipfile
from xml.sax.saxutils import escape, quoteattr

ROOT = os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
SAMPLES = os.path.join(ROOT, "samples")
SOURCES = os.path.join(SAMPLES, "src")

# The .txt shows a footnote reference where Word shows the superscript
# number, and the note itself at the end of the clause that refers to it,
# so that a reader of the text file finds it there and a finding in it is
# cited by that clause, not by whichever clause happens to come last.
FOOTNOTE_MARK = "[{n}]"
FOOTNOTE_LINE = "[{n}] {text}"

# Every entry of every package carries this date, whatever the clock says.
ZIP_DATE = (2025, 3, 17, 9, 0, 0)

W_NS = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"
R_NS = "http://schemas.openxmlformats.org/officeDocument/2006/relationships"
REL_NS = "http://schemas.openxmlformats.org/package/2006/relationships"
REL_TYPE = "http://schemas.openxmlformats.org/officeDocument/2006/relationships/"
CT_WML = "application/vnd.openxmlformats-officedocument.wordprocessingml."
XML_DECL = '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'

# Page width, height and margins in twips.
PAPER = {
    "letter": (12240, 15840, 1440),
    "a4": (11906, 16838, 1440),
}

# How "1.1" clauses get their number in the .docx: w:numPr on each
# paragraph, a paragraph style reached through basedOn, or Heading2.
CLAUSE_MODES = ("direct", "styles", "heading2")

KINDS = {"T": "title", "P": "body", "D": "defn", "R": "recital",
         "H": "h", "1": "1", "2": "2", "3": "3"}
LEVEL_OF = {"h": 0, "1": 1, "2": 2, "3": 3}
META_KEYS = ("title", "subject", "creator", "date", "paper", "quotes",
             "clauses", "track-author", "track-date")
INLINE = re.compile(r"(\*\*|\{\+|\+\}|\{-|-\}|\{\^|\^\})")


class SourceError(Exception):
    pass


# ---------------------------------------------------------------- parsing

class Run:
    """A piece of paragraph text with its formatting and revision state."""

    def __init__(self, text, bold=False, revision=None):
        self.text = text
        self.bold = bold
        self.revision = revision        # None, "ins" or "del"


class FootnoteRef:
    def __init__(self, text):
        self.text = text
        self.number = 0                 # in document order, from 1


class Para:
    def __init__(self, kind, items, line):
        self.kind = kind                # a value of KINDS
        self.items = items              # Run and FootnoteRef objects
        self.line = line
        self.label = None               # as Word displays it


class Table:
    def __init__(self, line):
        self.rows = []                  # lists of cell strings
        self.line = line


class Sample:
    def __init__(self, name):
        self.name = name
        self.meta = {}
        self.blocks = []                # Para and Table objects, in order
        self.footnotes = []             # FootnoteRef objects, in order


def parse_inline(text, where):
    """Splits a paragraph's markup into runs: **bold**, {+inserted+},
    {-deleted-} and {^footnote text^}."""
    items = []
    bold = False
    revision = None
    note = None
    for tok in INLINE.split(text):
        if tok == "":
            continue
        if note is not None:
            if tok == "^}":
                items.append(FootnoteRef("".join(note)))
                note = None
            elif tok in ("{^", "{+", "{-", "**"):
                raise SourceError("%s: markup inside a footnote" % where)
            else:
                note.append(tok)
        elif tok == "**":
            bold = not bold
        elif tok in ("{+", "{-"):
            if revision:
                raise SourceError("%s: nested revision" % where)
            revision = "ins" if tok == "{+" else "del"
        elif tok in ("+}", "-}"):
            if revision != ("ins" if tok == "+}" else "del"):
                raise SourceError("%s: unbalanced %s" % (where, tok))
            revision = None
        elif tok == "{^":
            note = []
        elif tok == "^}":
            raise SourceError("%s: unbalanced ^}" % where)
        else:
            items.append(Run(tok, bold, revision))
    if bold or revision or note is not None:
        raise SourceError("%s: unclosed markup" % where)
    return items


def curl(text, prev):
    """Typographer's quotes, as Word's AutoFormat types them; `prev` is the
    character before `text`."""
    out = []
    for ch in text:
        opening = prev.isspace() or prev in "([{\u2013\u2014"
        if ch == '"':
            ch = "\u201c" if opening else "\u201d"
        elif ch == "'":
            ch = "\u2018" if opening else "\u2019"
        out.append(ch)
        prev = ch
    return "".join(out)


def smarten(sample):
    # Runs are walked in order so that a quote opening a run still knows
    # the character before it.
    for block in sample.blocks:
        if isinstance(block, Table):
            block.rows = [[curl(cell, " ") for cell in row] for row in block.rows]
            continue
        prev = " "
        for item in block.items:
            if isinstance(item, FootnoteRef):
                item.text = curl(item.text, " ")
            else:
                item.text = curl(item.text, prev)
                prev = item.text[-1]


def parse_source(path):
    sample = Sample(os.path.splitext(os.path.basename(path))[0])
    table = None
    with open(path, encoding="utf-8") as f:
        lines = f.read().split("\n")
    for lineno, line in enumerate(lines, 1):
        where = "%s:%d" % (path, lineno)
        if line.strip() == "" or line.startswith("%"):
            table = None
        elif line.startswith("@"):
            key, sep, value = line[1:].partition(":")
            if not sep or key not in META_KEYS:
                raise SourceError("%s: unknown setting" % where)
            sample.meta[key] = value.strip()
        elif line.startswith("|"):
            cells = [c.strip() for c in line.strip().strip("|").split("|")]
            if table is None:
                table = Table(lineno)
                sample.blocks.append(table)
            elif len(cells) != len(table.rows[0]):
                raise SourceError("%s: %d cells in a table of %d columns"
                                  % (where, len(cells), len(table.rows[0])))
            table.rows.append(cells)
        else:
            table = None
            tag, sep, text = line.partition(": ")
            if not sep or tag not in KINDS:
                raise SourceError("%s: a paragraph starts with one of %s"
                                  % (where, " ".join(k + ":" for k in KINDS)))
            sample.blocks.append(Para(KINDS[tag], parse_inline(text, where), lineno))
    check_meta(sample, path)
    if sample.meta["quotes"] == "curly":
        smarten(sample)
    for block in sample.blocks:
        if isinstance(block, Para):
            for item in block.items:
                if isinstance(item, FootnoteRef):
                    sample.footnotes.append(item)
                    item.number = len(sample.footnotes)
    number_paragraphs(sample, path)
    return sample


def check_meta(sample, path):
    allowed = {"paper": tuple(PAPER), "quotes": ("straight", "curly"),
               "clauses": CLAUSE_MODES}
    for key in META_KEYS:
        if key not in sample.meta:
            raise SourceError("%s: missing @%s" % (path, key))
        if key in allowed and sample.meta[key] not in allowed[key]:
            raise SourceError("%s: @%s is one of %s" % (path, key, ", ".join(allowed[key])))


# -------------------------------------------------------------- numbering

def lower_letter(n):
    # Word's lowerLetter: a..z, then aa..zz, aaa...
    return chr(ord("a") + (n - 1) % 26) * ((n - 1) // 26 + 1)


def lower_roman(n):
    out = []
    for value, digits in ((1000, "m"), (900, "cm"), (500, "d"), (400, "cd"),
                          (100, "c"), (90, "xc"), (50, "l"), (40, "xl"),
                          (10, "x"), (9, "ix"), (5, "v"), (4, "iv"), (1, "i")):
        while n >= value:
            out.append(digits)
            n -= value
    return "".join(out)


def number_paragraphs(sample, path):
    """The labels Word computes from numbering.xml: one list of "%1.",
    "%1.%2", "(%3)" and "(%4)", each level restarting after a higher one,
    and the recitals' "(%1)" upper-letter list."""
    counters = [0, 0, 0, 0]
    recitals = 0
    for block in sample.blocks:
        if not isinstance(block, Para):
            continue
        if block.kind == "recital":
            recitals += 1
            block.label = "(%s)" % lower_letter(recitals).upper()
            continue
        level = LEVEL_OF.get(block.kind)
        if level is None:
            continue
        if level > 0 and counters[level - 1] == 0:
            raise SourceError("%s:%d: level %d item without a parent"
                              % (path, block.line, level))
        counters[level] += 1
        for deeper in range(level + 1, len(counters)):
            counters[deeper] = 0
        if level == 0:
            block.label = "%d." % counters[0]
        elif level == 1:
            block.label = "%d.%d" % (counters[0], counters[1])
        elif level == 2:
            block.label = "(%s)" % lower_letter(counters[2])
        else:
            block.label = "(%s)" % lower_roman(counters[3])


# ------------------------------------------------------------ plain text

def accepted_text(items, footnote_mark):
    out = []
    for item in items:
        if isinstance(item, FootnoteRef):
            if footnote_mark:
                out.append(footnote_mark.format(n=item.number))
        elif item.revision != "del":
            out.append(item.text)
    return "".join(out)


def render_txt(sample):
    paras = []
    notes = []          # footnotes waiting for the end of their clause
    for block in sample.blocks:
        if isinstance(block, Table):
            paras.append("\n".join("| " + " | ".join(row) + " |" for row in block.rows))
            continue
        if block.label and block.kind != "recital":
            paras.extend(notes)
            notes = []
        text = accepted_text(block.items, FOOTNOTE_MARK)
        paras.append(block.label + " " + text if block.label else text)
        notes.extend(FOOTNOTE_LINE.format(n=item.number, text=item.text)
                     for item in block.items if isinstance(item, FootnoteRef))
    paras.extend(notes)
    return "\n\n".join(paras) + "\n"


# ------------------------------------------------------------------ DOCX

def attr(value):
    return quoteattr(str(value))


def text_xml(tag, text):
    return '<w:%s xml:space="preserve">%s</w:%s>' % (tag, escape(text), tag)


def run_xml(run):
    props = "<w:rPr><w:b/></w:rPr>" if run.bold else ""
    tag = "delText" if run.revision == "del" else "t"
    return "<w:r>%s%s</w:r>" % (props, text_xml(tag, run.text))


class Revisions:
    """Wraps runs in w:ins / w:del, handing out the w:id values that must
    be unique among the document's annotations."""

    def __init__(self, author, date):
        self.author = author
        self.date = date
        self.next_id = 100

    def mark(self, tag, body):
        rid = self.next_id
        self.next_id += 1
        return "<w:%s w:id=%s w:author=%s w:date=%s>%s</w:%s>" % (
            tag, attr(rid), attr(self.author), attr(self.date), body, tag)


def runs_xml(items, revisions):
    out = []
    for item in items:
        if isinstance(item, FootnoteRef):
            out.append('<w:r><w:rPr><w:rStyle w:val="FootnoteReference"/></w:rPr>'
                       '<w:footnoteReference w:id="%d"/></w:r>' % item.number)
        elif item.revision:
            out.append(revisions.mark(item.revision, run_xml(item)))
        else:
            out.append(run_xml(item))
    return "".join(out)


def paragraph_xml(props, body):
    if props:
        return "<w:p><w:pPr>%s</w:pPr>%s</w:p>" % (props, body)
    return "<w:p>%s</w:p>" % body


def style_ref(style):
    return '<w:pStyle w:val="%s"/>' % style


def num_pr(ilvl, num_id):
    return '<w:numPr><w:ilvl w:val="%d"/><w:numId w:val="%d"/></w:numPr>' % (ilvl, num_id)


def para_props(kind, clauses):
    """Paragraph style and numbering.  Headings take their number from the
    Heading1 style in every sample, recitals from the Recital style;
    clauses and items as the sample's @clauses says."""
    fixed = {"title": style_ref("Title"), "body": "", "defn": style_ref("Definition"),
             "recital": style_ref("Recital"), "h": style_ref("Heading1")}
    if kind in fixed:
        return fixed[kind]
    level = LEVEL_OF[kind]
    if clauses == "styles":
        return style_ref(("Clause", "SubClause", "SubSubClause")[level - 1])
    if clauses == "heading2" and level == 1:
        return style_ref("Heading2")
    return style_ref("ListParagraph") + num_pr(level, 1)


def table_xml(table, text_width):
    ncol = len(table.rows[0])
    # Columns in proportion to their longest cell, none narrower than 12%.
    longest = [max(len(row[c]) for row in table.rows) for c in range(ncol)]
    shares = [max(n, sum(longest) * 0.12) for n in longest]
    widths = [int(text_width * s / sum(shares)) for s in shares]
    widths[-1] = text_width - sum(widths[:-1])
    out = ['<w:tbl><w:tblPr><w:tblStyle w:val="TableGrid"/>'
           '<w:tblW w:w="%d" w:type="dxa"/>'
           '<w:tblLook w:val="04A0" w:firstRow="1" w:lastRow="0" w:firstColumn="1"'
           ' w:lastColumn="0" w:noHBand="0" w:noVBand="1"/></w:tblPr><w:tblGrid>'
           % text_width]
    out.extend('<w:gridCol w:w="%d"/>' % w for w in widths)
    out.append("</w:tblGrid>")
    for r, row in enumerate(table.rows):
        out.append("<w:tr>")
        if r == 0:
            out.append("<w:trPr><w:tblHeader/></w:trPr>")
        for c, cell in enumerate(row):
            out.append('<w:tc><w:tcPr><w:tcW w:w="%d" w:type="dxa"/></w:tcPr>%s</w:tc>'
                       % (widths[c], paragraph_xml(style_ref("TableText"),
                                                   run_xml(Run(cell, bold=(r == 0))))))
        out.append("</w:tr>")
    out.append("</w:tbl>")
    return "".join(out)


def document_xml(sample):
    width, height, margin = PAPER[sample.meta["paper"]]
    revisions = Revisions(sample.meta["track-author"], sample.meta["track-date"])
    body = []
    for block in sample.blocks:
        if isinstance(block, Table):
            body.append(table_xml(block, width - 2 * margin))
        else:
            body.append(paragraph_xml(para_props(block.kind, sample.meta["clauses"]),
                                      runs_xml(block.items, revisions)))
    body.append('<w:sectPr><w:pgSz w:w="%d" w:h="%d"/>'
                '<w:pgMar w:top="%d" w:right="%d" w:bottom="%d" w:left="%d"'
                ' w:header="708" w:footer="708" w:gutter="0"/></w:sectPr>'
                % (width, height, margin, margin, margin, margin))
    return (XML_DECL + '<w:document xmlns:w="%s" xmlns:r="%s"><w:body>%s</w:body></w:document>'
            % (W_NS, R_NS, "".join(body)))


def footnotes_xml(sample):
    # Word wants the separator and continuation notes, ids -1 and 0.
    separator = ('<w:footnote w:type="%s" w:id="%d"><w:p><w:pPr>'
                 '<w:spacing w:after="0" w:line="240" w:lineRule="auto"/></w:pPr>'
                 '<w:r><w:%s/></w:r></w:p></w:footnote>')
    notes = [separator % ("separator", -1, "separator"),
             separator % ("continuationSeparator", 0, "continuationSeparator")]
    for note in sample.footnotes:
        notes.append('<w:footnote w:id="%d"><w:p><w:pPr><w:pStyle w:val="FootnoteText"/></w:pPr>'
                     '<w:r><w:rPr><w:rStyle w:val="FootnoteReference"/></w:rPr><w:footnoteRef/></w:r>'
                     '<w:r><w:t xml:space="preserve"> </w:t></w:r>%s</w:p></w:footnote>'
                     % (note.number, run_xml(Run(note.text))))
    return XML_DECL + '<w:footnotes xmlns:w="%s">%s</w:footnotes>' % (W_NS, "".join(notes))


def lvl_xml(ilvl, fmt, text, left, style=None):
    pstyle = style_ref(style) if style else ""
    return ('<w:lvl w:ilvl="%d"><w:start w:val="1"/><w:numFmt w:val="%s"/>%s'
            '<w:lvlText w:val="%s"/><w:lvlJc w:val="left"/>'
            '<w:pPr><w:ind w:left="%d" w:hanging="720"/></w:pPr></w:lvl>'
            % (ilvl, fmt, pstyle, text, left))


# The style each "1.1" level is linked to (w:lvl/w:pStyle): the style that
# carries that level's w:numPr.  LibreOffice drops a style's numbering
# when the level is linked to a different style.
LEVEL1_STYLE = {"direct": None, "styles": "ClauseBase", "heading2": "Heading2"}


def numbering_xml(sample):
    # One multi-level list for the whole contract, as law firm templates
    # have it; levels 4 to 8 are there because Word always writes nine.
    levels = [lvl_xml(0, "decimal", "%1.", 720, "Heading1"),
              lvl_xml(1, "decimal", "%1.%2", 720, LEVEL1_STYLE[sample.meta["clauses"]]),
              lvl_xml(2, "lowerLetter", "(%3)", 1440),
              lvl_xml(3, "lowerRoman", "(%4)", 2160)]
    for i in range(4, 9):
        template = ".".join("%%%d" % (j + 1) for j in range(i + 1))
        levels.append(lvl_xml(i, "decimal", template, 720 * (i - 1)))
    recital = lvl_xml(0, "upperLetter", "(%1)", 720, "Recital")
    return (XML_DECL + '<w:numbering xmlns:w="%s">'
            '<w:abstractNum w:abstractNumId="0"><w:multiLevelType w:val="multilevel"/>'
            '%s</w:abstractNum>'
            '<w:abstractNum w:abstractNumId="1"><w:multiLevelType w:val="singleLevel"/>'
            '%s</w:abstractNum>'
            '<w:num w:numId="1"><w:abstractNumId w:val="0"/></w:num>'
            '<w:num w:numId="2"><w:abstractNumId w:val="1"/></w:num>'
            '</w:numbering>' % (W_NS, "".join(levels), recital))


def style_xml(kind, style_id, name, based_on=None, extra="", ppr="", rpr="", default=False):
    parts = ['<w:style w:type="%s"%s w:styleId="%s"><w:name w:val="%s"/>'
             % (kind, ' w:default="1"' if default else "", style_id, name)]
    if based_on:
        parts.append('<w:basedOn w:val="%s"/>' % based_on)
    parts.append(extra)
    if ppr:
        parts.append("<w:pPr>%s</w:pPr>" % ppr)
    if rpr:
        parts.append("<w:rPr>%s</w:rPr>" % rpr)
    parts.append("</w:style>")
    return "".join(parts)


def styles_xml(sample):
    font = "Arial" if sample.meta["paper"] == "letter" else "Calibri"
    border = "".join('<w:%s w:val="single" w:sz="4" w:space="0" w:color="auto"/>' % side
                     for side in ("top", "left", "bottom", "right", "insideH", "insideV"))
    small = '<w:sz w:val="18"/><w:szCs w:val="18"/>'
    styles = [
        style_xml("paragraph", "Normal", "Normal", default=True, extra="<w:qFormat/>",
                  ppr='<w:spacing w:after="160" w:line="264" w:lineRule="auto"/>'
                      '<w:jc w:val="both"/>'),
        style_xml("character", "DefaultParagraphFont", "Default Paragraph Font", default=True),
        style_xml("table", "TableNormal", "Normal Table", default=True,
                  extra='<w:tblPr><w:tblInd w:w="0" w:type="dxa"/><w:tblCellMar>'
                        '<w:top w:w="0" w:type="dxa"/><w:left w:w="108" w:type="dxa"/>'
                        '<w:bottom w:w="0" w:type="dxa"/><w:right w:w="108" w:type="dxa"/>'
                        '</w:tblCellMar></w:tblPr>'),
        style_xml("paragraph", "Title", "Title", based_on="Normal",
                  ppr='<w:spacing w:after="360"/><w:jc w:val="center"/>',
                  rpr='<w:b/><w:sz w:val="32"/><w:szCs w:val="32"/>'),
        # No w:ilvl: level 0, as Word writes it for a list's first level.
        style_xml("paragraph", "Heading1", "heading 1", based_on="Normal",
                  extra='<w:next w:val="Normal"/><w:qFormat/>',
                  ppr='<w:keepNext/><w:numPr><w:numId w:val="1"/></w:numPr>'
                      '<w:spacing w:before="240" w:after="120"/><w:jc w:val="left"/>'
                      '<w:outlineLvl w:val="0"/>',
                  rpr='<w:b/><w:sz w:val="24"/><w:szCs w:val="24"/>'),
        style_xml("paragraph", "Heading2", "heading 2", based_on="Normal",
                  extra="<w:qFormat/>",
                  ppr=num_pr(1, 1) + '<w:outlineLvl w:val="1"/>'),
        # Clause has no w:numPr of its own: its number comes through
        # basedOn, from ClauseBase.
        style_xml("paragraph", "ClauseBase", "Clause Base", based_on="Normal", ppr=num_pr(1, 1)),
        style_xml("paragraph", "Clause", "Clause", based_on="ClauseBase", extra="<w:qFormat/>"),
        style_xml("paragraph", "SubClause", "Sub Clause", based_on="Normal", ppr=num_pr(2, 1)),
        style_xml("paragraph", "SubSubClause", "Sub Sub Clause", based_on="Normal",
                  ppr=num_pr(3, 1)),
        style_xml("paragraph", "ListParagraph", "List Paragraph", based_on="Normal",
                  ppr='<w:ind w:left="720"/>'),
        style_xml("paragraph", "Recital", "Recital", based_on="Normal",
                  ppr='<w:numPr><w:numId w:val="2"/></w:numPr>'),
        style_xml("paragraph", "Definition", "Definition", based_on="Normal",
                  ppr='<w:ind w:left="720"/>'),
        style_xml("paragraph", "TableText", "Table Text", based_on="Normal",
                  ppr='<w:spacing w:before="40" w:after="40"/><w:jc w:val="left"/>', rpr=small),
        style_xml("table", "TableGrid", "Table Grid", based_on="TableNormal",
                  extra="<w:tblPr><w:tblBorders>%s</w:tblBorders></w:tblPr>" % border),
        style_xml("paragraph", "FootnoteText", "footnote text", based_on="Normal",
                  ppr='<w:spacing w:after="0" w:line="240" w:lineRule="auto"/>', rpr=small),
        style_xml("character", "FootnoteReference", "footnote reference",
                  based_on="DefaultParagraphFont", rpr='<w:vertAlign w:val="superscript"/>'),
    ]
    defaults = ('<w:docDefaults><w:rPrDefault><w:rPr>'
                '<w:rFonts w:ascii="%s" w:hAnsi="%s" w:eastAsia="%s" w:cs="%s"/>'
                '<w:sz w:val="21"/><w:szCs w:val="21"/><w:lang w:val="en-GB"/>'
                '</w:rPr></w:rPrDefault><w:pPrDefault/></w:docDefaults>' % ((font,) * 4))
    return (XML_DECL + '<w:styles xmlns:w="%s">%s%s</w:styles>'
            % (W_NS, defaults, "".join(styles)))


def settings_xml():
    return (XML_DECL + '<w:settings xmlns:w="%s"><w:trackRevisions/>'
            '<w:defaultTabStop w:val="720"/>'
            '<w:characterSpacingControl w:val="doNotCompress"/>'
            '<w:footnotePr><w:footnote w:id="-1"/><w:footnote w:id="0"/></w:footnotePr>'
            '<w:compat><w:compatSetting w:name="compatibilityMode"'
            ' w:uri="http://schemas.microsoft.com/office/word" w:val="15"/></w:compat>'
            '</w:settings>' % W_NS)


def content_types_xml():
    overrides = [
        ("/word/document.xml", CT_WML + "document.main+xml"),
        ("/word/styles.xml", CT_WML + "styles+xml"),
        ("/word/numbering.xml", CT_WML + "numbering+xml"),
        ("/word/footnotes.xml", CT_WML + "footnotes+xml"),
        ("/word/settings.xml", CT_WML + "settings+xml"),
        ("/docProps/core.xml", "application/vnd.openxmlformats-package.core-properties+xml"),
        ("/docProps/app.xml",
         "application/vnd.openxmlformats-officedocument.extended-properties+xml"),
    ]
    return (XML_DECL
            + '<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">'
            '<Default Extension="rels"'
            ' ContentType="application/vnd.openxmlformats-package.relationships+xml"/>'
            '<Default Extension="xml" ContentType="application/xml"/>%s</Types>'
            % "".join('<Override PartName="%s" ContentType="%s"/>' % o for o in overrides))


def rels_xml(rels):
    return (XML_DECL + '<Relationships xmlns="%s">%s</Relationships>'
            % (REL_NS, "".join('<Relationship Id="%s" Type="%s" Target="%s"/>' % r
                               for r in rels)))


def core_xml(sample):
    m = sample.meta
    return (XML_DECL + '<cp:coreProperties'
            ' xmlns:cp="http://schemas.openxmlformats.org/package/2006/metadata/core-properties"'
            ' xmlns:dc="http://purl.org/dc/elements/1.1/"'
            ' xmlns:dcterms="http://purl.org/dc/terms/"'
            ' xmlns:dcmitype="http://purl.org/dc/dcmitype/"'
            ' xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance">'
            '<dc:title>%s</dc:title><dc:subject>%s</dc:subject><dc:creator>%s</dc:creator>'
            '<cp:lastModifiedBy>%s</cp:lastModifiedBy><cp:revision>2</cp:revision>'
            '<dcterms:created xsi:type="dcterms:W3CDTF">%s</dcterms:created>'
            '<dcterms:modified xsi:type="dcterms:W3CDTF">%s</dcterms:modified>'
            '</cp:coreProperties>'
            % (escape(m["title"]), escape(m["subject"]), escape(m["creator"]),
               escape(m["track-author"]), escape(m["date"]),
               escape(max(m["date"], m["track-date"]))))


def app_xml(sample):
    words = sum(len(accepted_text(b.items, None).split())
                for b in sample.blocks if isinstance(b, Para))
    return (XML_DECL + '<Properties'
            ' xmlns="http://schemas.openxmlformats.org/officeDocument/2006/extended-properties"'
            ' xmlns:vt="http://schemas.openxmlformats.org/officeDocument/2006/docPropsVTypes">'
            '<Application>aiclause mksamples.py</Application><DocSecurity>0</DocSecurity>'
            '<Words>%d</Words></Properties>' % words)


def docx_parts(sample):
    """The package's parts, [Content_Types].xml first as Word writes it."""
    return [
        ("[Content_Types].xml", content_types_xml()),
        ("_rels/.rels", rels_xml([
            ("rId1", REL_TYPE + "officeDocument", "word/document.xml"),
            ("rId2", "http://schemas.openxmlformats.org/package/2006/relationships/"
                     "metadata/core-properties", "docProps/core.xml"),
            ("rId3", REL_TYPE + "extended-properties", "docProps/app.xml")])),
        ("word/document.xml", document_xml(sample)),
        ("word/_rels/document.xml.rels", rels_xml([
            ("rId1", REL_TYPE + "styles", "styles.xml"),
            ("rId2", REL_TYPE + "numbering", "numbering.xml"),
            ("rId3", REL_TYPE + "footnotes", "footnotes.xml"),
            ("rId4", REL_TYPE + "settings", "settings.xml")])),
        ("word/styles.xml", styles_xml(sample)),
        ("word/numbering.xml", numbering_xml(sample)),
        ("word/footnotes.xml", footnotes_xml(sample)),
        ("word/settings.xml", settings_xml()),
        ("docProps/core.xml", core_xml(sample)),
        ("docProps/app.xml", app_xml(sample)),
    ]


def build_docx(sample):
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w") as z:
        for name, text in docx_parts(sample):
            data = text.encode("utf-8")
            # Never package a part that is not well-formed XML.
            xml.dom.minidom.parseString(data)
            info = zipfile.ZipInfo(name, date_time=ZIP_DATE)
            info.compress_type = zipfile.ZIP_DEFLATED
            info.create_system = 0      # as Word writes it, whatever the host
            z.writestr(info, data, compresslevel=9)
    return out.getvalue()


# --------------------------------------------------------------- checking

def docx_paragraphs(data):
    """The text of every body paragraph (table cells included) and then of
    every footnote, read back from the package with minidom, from w:t
    only: insertions in, deletions (w:delText) out.  Independent of the
    model that wrote the package."""
    with zipfile.ZipFile(io.BytesIO(data)) as z:
        names = z.namelist()
        if len(names) != len(set(names)):
            raise SourceError("duplicate ZIP entries")
        parts = {n: z.read(n) for n in names}
    paras = []
    for part in ("word/document.xml", "word/footnotes.xml"):
        dom = xml.dom.minidom.parseString(parts[part])
        for p in dom.getElementsByTagNameNS(W_NS, "p"):
            text = "".join(node.data for t in p.getElementsByTagNameNS(W_NS, "t")
                           for node in t.childNodes).strip()
            if text:
                paras.append(text)
    return paras


TXT_LABEL = re.compile(r"^(?:\d+\.\d*|\([a-z]+\)|\([A-Z]\)) ")
TXT_NOTE = re.compile(r"^\[\d+\] ")
TXT_MARK = re.compile(r"\[\d+\]")


def txt_paragraphs(txt):
    """The .txt read the same way: labels, footnote marks and table pipes
    taken off, each table cell a paragraph, the footnotes moved to the
    end as in the package."""
    paras = []
    notes = []
    for block in txt.rstrip("\n").split("\n\n"):
        if block.startswith("| "):
            for row in block.split("\n"):
                paras.extend(c.strip() for c in row.strip().strip("|").split("|"))
        elif TXT_NOTE.match(block):
            notes.append(TXT_NOTE.sub("", block))
        else:
            paras.append(TXT_MARK.sub("", TXT_LABEL.sub("", block)))
    return paras + notes


def first_difference(name, what, got, want):
    for i in range(max(len(got), len(want))):
        g = got[i] if i < len(got) else "<nothing>"
        w = want[i] if i < len(want) else "<nothing>"
        if g != w:
            return "%s: %s %d differs\n  expected %r\n  found    %r" % (name, what, i + 1, w, g)
    return None


def expected_extract(sample):
    """What `aiclause extract` should print for a .docx: a line per
    paragraph, the label and Word's tab before numbered ones, the
    footnote reference as in the .txt, a line per table cell, then the
    footnotes."""
    lines = []
    for block in sample.blocks:
        if isinstance(block, Table):
            for row in block.rows:
                lines.extend(row)
            continue
        text = accepted_text(block.items, FOOTNOTE_MARK)
        lines.append(block.label + "\t" + text if block.label else text)
    for note in sample.footnotes:
        lines.append(FOOTNOTE_LINE.format(n=note.number, text=note.text))
    return lines


def footnote_as_txt(line, number):
    """A footnote paragraph as extracted, in the .txt's form.  Word's own
    mark (w:footnoteRef) may come out as the number, or as nothing before
    the space that follows it: both are faithful readings."""
    line = line.strip()
    mark = FOOTNOTE_MARK.format(n=number)
    if not line.startswith(mark):
        line = mark + " " + line
    return line


def run_cli(aiclause, args, ok=(0,)):
    proc = subprocess.run([aiclause] + args, capture_output=True)
    # A sanitizer report goes to stderr with an exit status that may be
    # one aiclause also uses: any stderr output is a failure.
    if proc.returncode not in ok or proc.stderr:
        raise SourceError("%s %s: exit %d: %s" % (
            aiclause, " ".join(args), proc.returncode,
            proc.stderr.decode(errors="replace").strip()))
    return proc.stdout.decode("utf-8")


def review(aiclause, path):
    """The findings and checklist of one file, without what depends on
    the format (offsets, lines, the quoted sentence).  Findings are sorted:
    a footnote comes at the end of a .docx but inside its clause in the
    .txt."""
    # Exit status 1 is a policy failure: a reviewed contract with must-haves
    # missing, as the vendor-friendly sample is.
    report = json.loads(run_cli(aiclause, ["review", "--format", "json", path], ok=(0, 1)))
    doc = report["documents"][0]
    findings = sorted((str(c["clause_number"]), c["rule"], c["stance"], str(c["qualifier"]),
                       c["partial"]) for c in doc["clauses"])
    checklist = [(i["id"], i["status"]) for i in doc["checklist"]]
    return findings, checklist, doc["score"]["risk"], doc["score"]["grade"]


def check_with_cli(samples, aiclause, problems):
    risks = {}
    for sample in samples:
        docx = os.path.join(SAMPLES, sample.name + ".docx")
        txt = os.path.join(SAMPLES, sample.name + ".txt")
        got = run_cli(aiclause, ["extract", docx]).rstrip("\n").split("\n")
        nnotes = len(sample.footnotes)
        if nnotes and len(got) >= nnotes:
            got[-nnotes:] = [footnote_as_txt(line, i + 1)
                             for i, line in enumerate(got[-nnotes:])]
        diff = first_difference(sample.name + ".docx", "extracted paragraph",
                                got, expected_extract(sample))
        if diff:
            problems.append(diff)
        from_docx = review(aiclause, docx)
        from_txt = review(aiclause, txt)
        for i, what in enumerate(("finding", "checklist item")):
            diff = first_difference(sample.name, what + " (docx vs txt)",
                                    [repr(x) for x in from_docx[i]],
                                    [repr(x) for x in from_txt[i]])
            if diff:
                problems.append(diff)
        risks[sample.name] = from_docx[2]
        print("%s: %d findings, %d checklist items, risk %d/100, grade %s"
              % (sample.name, len(from_docx[0]), len(from_docx[1]), from_docx[2], from_docx[3]))
    if "vendor-friendly" in risks and "customer-friendly" in risks:
        if risks["vendor-friendly"] <= risks["customer-friendly"]:
            problems.append("vendor-friendly (risk %d) does not score worse than "
                            "customer-friendly (risk %d)"
                            % (risks["vendor-friendly"], risks["customer-friendly"]))


def check(samples, aiclause):
    problems = []
    for sample in samples:
        txt = render_txt(sample).encode("utf-8")
        docx = build_docx(sample)
        for ext, data in (("txt", txt), ("docx", docx)):
            path = os.path.join(SAMPLES, "%s.%s" % (sample.name, ext))
            try:
                with open(path, "rb") as f:
                    if f.read() != data:
                        problems.append("%s: out of date; run tests/tools/mksamples.py" % path)
            except OSError as e:
                problems.append("%s: %s" % (path, e.strerror))
        diff = first_difference(sample.name, "paragraph (docx vs txt)",
                                docx_paragraphs(docx), txt_paragraphs(txt.decode("utf-8")))
        if diff:
            problems.append(diff)
    if os.access(aiclause, os.X_OK):
        check_with_cli(samples, aiclause, problems)
    else:
        print("mksamples: no %s, so no comparison with aiclause extract and review" % aiclause)
    for p in problems:
        print("mksamples: " + p, file=sys.stderr)
    if problems:
        return 1
    print("%d samples up to date, their .docx and .txt agree" % len(samples))
    return 0


def main():
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--check", action="store_true",
                    help="verify the files instead of writing them")
    ap.add_argument("--aiclause", default=os.path.join(ROOT, "build", "aiclause"),
                    help="the CLI --check runs (default: build/aiclause)")
    args = ap.parse_args()
    try:
        samples = [parse_source(os.path.join(SOURCES, f))
                   for f in sorted(os.listdir(SOURCES)) if f.endswith(".sample")]
        if args.check:
            return check(samples, args.aiclause)
    except SourceError as e:
        print("mksamples: %s" % e, file=sys.stderr)
        return 2
    for sample in samples:
        for ext, data in (("txt", render_txt(sample).encode("utf-8")),
                          ("docx", build_docx(sample))):
            path = os.path.join(SAMPLES, "%s.%s" % (sample.name, ext))
            with open(path, "wb") as f:
                f.write(data)
            print("wrote %s" % os.path.relpath(path, ROOT))
    return 0


if __name__ == "__main__":
    sys.exit(main())
