"""The built reports in headless Chromium (Debian's ``chromium``, driven by Playwright), with the network cut
off: every page loads without a console error or a request leaving the machine, every chart is drawn, every
link of the index resolves, the timeline's numbers lead to their sentences, and an article full of markup is
shown as text, never run.

The reports are built here, once per session, from the real notebooks: the seeds, an article stuffed with
markup, and a period with no data.
"""

from __future__ import annotations

import csv
import re
import shutil
from pathlib import Path
from urllib.parse import unquote, urlparse

import pytest

from natorussia import paths, reports

CHROMIUM = shutil.which("chromium") or "/usr/bin/chromium"
pytestmark = [
    pytest.mark.browser,
    pytest.mark.skipif(not Path(CHROMIUM).exists(), reason="Debian's chromium is not installed (make test installs it as root)"),
]
ARGS = ["--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update",
        "--no-first-run", "--disable-sync"]
SCRIPT = "<script>alert(1)</script>"
IMG = "<img src=x onerror=alert(1)>"
MARKUP_ID = f"markup {IMG}"
NOTEBOOKS = ["01_corpus", "02_escalation", "03_staff"]
SETS = ["seeds", "markup", "empty"]


@pytest.fixture(scope="session")
def built(tmp_path_factory):
    """Reports of three sets built into a temporary folder: (reports folder, outcomes)."""
    root = tmp_path_factory.mktemp("browser")
    markup = root / "markup_corpus"
    markup.mkdir()
    (markup / f"{MARKUP_ID}.txt").write_text(
        f" date 2021-10-06 NATO expelled eight members of the Russian mission {SCRIPT} on Wednesday.\n\n"
        f"Russia said it would respond {IMG} to the expulsion of its diplomats.\n", encoding="utf-8")
    (markup / "plain.txt").write_text(
        " date 2018-03-26 The United States expelled 60 Russian diplomats <b>in bold</b> on Monday.\n",
        encoding="utf-8")
    with (markup / "metadata.csv").open("w", newline="", encoding="utf-8") as f:
        writer = csv.writer(f)
        writer.writerow(["article_id", "date", "source", "url"])
        writer.writerow([MARKUP_ID, "2021-10-06", SCRIPT, "javascript:alert(1)"])
    config_path = root / "reports.yml"
    config_path.write_text(
        "sets:\n"
        "  seeds: {title: The seeds, parameters: {corpus_dirs: [seeds]}}\n"
        f"  markup: {{title: '<b>Markup</b> {IMG}', parameters: {{corpus_dirs: ['{markup}']}}}}\n"
        "  empty: {title: Nothing in 1990-1995, parameters: {corpus_dirs: [seeds], start_year: 1990, "
        "end_year: 1995}}\n", encoding="utf-8")
    config = reports.load_config(config_path, paths.NOTEBOOKS_DIR)
    out = root / "reports"
    outcomes = reports.build(config, out, jobs=None, echo=lambda line: None)
    return out, outcomes


@pytest.fixture(scope="session")
def browser():
    from playwright.sync_api import sync_playwright

    with sync_playwright() as p:
        b = p.chromium.launch(executable_path=CHROMIUM, args=ARGS)
        yield b
        b.close()


class Visit:
    """A page opened with every request but file: and data: refused, recording what went wrong."""

    def __init__(self, browser, url):
        self.errors, self.dialogs, self.blocked = [], [], []
        self.context = browser.new_context()
        self.context.route("**/*", self._route)
        self.page = self.context.new_page()
        self.page.on("console", lambda m: m.type == "error" and self.errors.append(m.text))
        self.page.on("pageerror", lambda e: self.errors.append(str(e)))
        self.page.on("dialog", self._dialog)
        self.page.goto(url, wait_until="load")
        self.page.wait_for_timeout(150)   # let anything that would run, run

    def _route(self, route):
        url = route.request.url
        if url.startswith(("file:", "data:")):
            route.continue_()
        else:
            self.blocked.append(url)
            route.abort()

    def _dialog(self, dialog):
        self.dialogs.append(dialog.message)
        dialog.dismiss()

    def close(self):
        self.context.close()


@pytest.fixture
def visit(browser):
    opened = []

    def open_(path_or_url):
        url = path_or_url if str(path_or_url).startswith("file:") else Path(path_or_url).resolve().as_uri()
        v = Visit(browser, url)
        opened.append(v)
        return v

    yield open_
    for v in opened:
        v.close()


def test__build__every_report_and_table_built(built):
    _, outcomes = built
    failed = [f"{o.label}: {o.error}" for o in outcomes if not o.ok]
    assert failed == []
    assert len(outcomes) == len(SETS) * (len(NOTEBOOKS) + 1)


@pytest.mark.parametrize("page", [f"{s}/{n}.html" for s in SETS for n in NOTEBOOKS] + ["index.html"])
def test__report__loads_offline_with_no_console_error(built, visit, page):
    out, _ = built
    v = visit(out / page)
    assert v.errors == []
    assert v.dialogs == []
    assert v.blocked == []
    assert v.page.title()
    assert v.page.evaluate("document.scripts.length") == 0


@pytest.mark.parametrize("page", [f"{s}/{n}.html" for s in SETS for n in NOTEBOOKS])
def test__report__every_chart_is_drawn(built, visit, page):
    out, _ = built
    v = visit(out / page)
    charts = v.page.evaluate("""() => [...document.images].map(i => ({
        alt: i.alt, complete: i.complete, natural: i.naturalWidth * i.naturalHeight,
        w: i.getBoundingClientRect().width, h: i.getBoundingClientRect().height}))""")
    expected = {"01_corpus": 4, "02_escalation": 2, "03_staff": 2}[Path(page).stem]
    assert len(charts) == expected
    for chart in charts:
        assert chart["complete"] and chart["natural"] > 0 and chart["w"] > 0 and chart["h"] > 0, chart
        assert chart["alt"].startswith("Chart: ")
    for href in v.page.eval_on_selector_all(".natorussia-files a", "as => as.map(a => a.href)"):
        assert Path(unquote(urlparse(href).path)).stat().st_size > 0


def test__index__every_link_resolves(built, visit):
    out, _ = built
    v = visit(out / "index.html")
    hrefs = v.page.eval_on_selector_all("a[href]", "as => as.map(a => a.href)")
    assert len(hrefs) == len(SETS) * (len(NOTEBOOKS) + len(reports.TABLE_NAMES))
    for href in hrefs:
        target = Path(unquote(urlparse(href).path))
        assert target.is_file(), href
        if target.suffix == ".html":
            page = visit(href)
            assert page.errors == [] and page.page.title()
        else:
            header = target.read_text(encoding="utf-8").splitlines()[0]
            assert header.startswith(("article_id", "event_id", "merged_id")), header


def test__timeline__each_number_leads_to_its_sentences_and_outlets(built, visit):
    out, _ = built
    v = visit(out / "seeds" / "02_escalation.html")
    rows = v.page.eval_on_selector_all("tr[id^=event-]", """rs => rs.map(r => ({
        id: r.id, cells: [...r.cells].map(c => c.innerText),
        evidence: [...r.querySelectorAll('li')].map(li => li.innerText)}))""")
    facts = v.page.inner_text(".natorussia-facts")
    n = int(re.search(r"(\d+) events in", facts).group(1))
    assert n > 0, "the seeds report events"
    assert [r["id"] for r in rows] == [f"event-{i}" for i in range(1, n + 1)]
    with (out / "seeds" / "data" / "events.csv").open(encoding="utf-8") as f:
        sentences = {r["sentence"] for r in csv.DictReader(f)}
    for row in rows:
        assert row["cells"][0] == row["id"].removeprefix("event-")
        assert row["evidence"], row
        for item in row["evidence"]:
            assert any(item.startswith(s) for s in sentences), item
    # a marker's number is an anchor: the row is the page's target
    v.page.goto(v.page.url + "#event-1")
    assert v.page.evaluate("document.querySelector(':target').id") == "event-1"
    alt = v.page.get_attribute("img", "alt")
    assert alt.startswith("Chart: ") and "hostile events" in alt


def test__markup_article__shown_as_text_never_run(built, visit):
    """The article's id, outlet, sentences and the set's title carry <script> and <img onerror>: every page shows
    them as text; no script element, no event-handler attribute, no dialog."""
    out, _ = built
    pages = [out / "markup" / f"{n}.html" for n in NOTEBOOKS] + [out / "index.html"]
    shown = ""
    for page in pages:
        v = visit(page)
        assert v.dialogs == [] and v.errors == [] and v.blocked == []
        assert v.page.evaluate("document.querySelectorAll('script, iframe, object, embed').length") == 0
        handlers = v.page.evaluate("""() => [...document.querySelectorAll('*')].flatMap(
            el => [...el.attributes].filter(a => a.name.startsWith('on')).map(a => el.tagName + ' ' + a.name))""")
        assert handlers == []
        assert v.page.evaluate("[...document.images].every(i => i.src.startsWith('data:image/png'))")
        shown += v.page.inner_text("body")
    assert SCRIPT in shown            # the outlet, from metadata.csv, in the articles table
    assert MARKUP_ID in shown         # the article id
    assert f"<b>Markup</b> {IMG}" in shown     # the set's title in the index
    escalation = visit(out / "markup" / "02_escalation.html")
    if escalation.page.query_selector("tr[id^=event-]"):       # the extractor found the expulsion
        assert SCRIPT in escalation.page.inner_text("table")


def test__markup_article__svg_chart_shows_the_outlet_as_text(built, visit):
    out, _ = built
    svg = out / "markup" / "01_corpus" / "outlets.svg"
    v = visit(svg)
    assert v.dialogs == [] and v.errors == []
    assert v.page.evaluate("document.getElementsByTagName('script').length") == 0
    assert SCRIPT in v.page.evaluate("document.documentElement.textContent")


def test__empty_period__charts_say_there_is_no_data(built, visit):
    out, _ = built
    v = visit(out / "empty" / "02_escalation.html")
    alts = v.page.eval_on_selector_all("img", "is => is.map(i => i.alt)")
    assert alts == ["Chart: No escalation events in 1990–1995",
                    "Chart: No escalation index for 1990–1995: no dated events"]
    assert "No events in this period" in v.page.inner_text("body")
