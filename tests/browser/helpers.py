"""What the browser tests share: the hostile article, a request/console watch, a drawn-pixel count."""

from __future__ import annotations

from ingest.records import Actor, Article, Extraction, Mention, Relation

PAYLOAD = (
    '<script>window.__pwned=1</script><img src=x onerror="window.__pwned=2"><a href="javascript:window.__pwned=3">x</a>'
)


def hostile() -> Extraction:
    text = f"{PAYLOAD} attacked Ruritania."
    a = Actor(key="ent-0000000001", label=PAYLOAD, type="ORG")
    b = Actor(key="ent-0000000002", label="Ruritania", type="GPE")
    s = Mention(PAYLOAD, 0, len(PAYLOAD), a)
    o = Mention("Ruritania", text.index("Ruritania"), len(text) - 1, b)
    rel = Relation(s, "attack", o, text, 0, len(text), cameo="18", quad_class=4, goldstein=-9.0, date="2025-03-01")
    article = Article(id="hostile", text=text, title=PAYLOAD, url="javascript:window.__pwned=4", published="2025-03-01")
    return Extraction(article, mentions=[s, o], relations=[rel])


class Watch:
    """Console errors, page errors, dialogs and every request a page makes."""

    def __init__(self, page) -> None:
        self.errors: list[str] = []
        self.requests: list[str] = []
        self.dialogs: list[str] = []
        page.on("console", lambda m: self.errors.append(m.text) if m.type == "error" else None)
        page.on("pageerror", lambda e: self.errors.append(str(e)))
        page.on("request", lambda r: self.requests.append(r.url))
        page.on("dialog", lambda d: (self.dialogs.append(d.message), d.dismiss()))


def drawn_pixels(frame) -> int:
    return frame.evaluate(
        """() => {
          const c = document.querySelector('#graph canvas');
          const d = c.getContext('2d').getImageData(0, 0, c.width, c.height).data;
          let n = 0;
          for (let i = 0; i < d.length; i += 4) {
            if (d[i + 3] > 0 && (d[i] < 240 || d[i + 1] < 240 || d[i + 2] < 240)) n++;
          }
          return n;
        }"""
    )
