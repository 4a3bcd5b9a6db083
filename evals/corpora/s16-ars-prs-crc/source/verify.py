import json, re, pypdf, os, unicodedata
ROOT = os.path.join(os.path.dirname(os.path.abspath(__file__)), "..")
docs = {}
pages = {}
for fn in os.listdir(os.path.join(ROOT, "docs")):
    path = os.path.join(ROOT, "docs", fn)
    base = fn.rsplit(".", 1)[0]
    did = re.sub(r"[^a-z0-9]+", "-", unicodedata.normalize("NFKD", base).encode("ascii", "ignore").decode().lower()).strip("-")
    if fn.endswith(".pdf"):
        pg = [p.extract_text() for p in pypdf.PdfReader(path).pages]
        pages[did] = pg
        docs[did] = "\n".join(pg)
    elif fn.endswith((".md", ".txt")):
        docs[did] = open(path, encoding="utf-8").read()
norm = lambda t: re.sub(r"\s+", " ", t).strip().lower()
def normfig(t):
    t = t.lower().replace("\u202f", " ").replace("\xa0", " ")
    t = re.sub(r"(?<=\d) (?=\d{3})", "", t)
    t = re.sub(r" (?=[€%])", "", t)
    return re.sub(r"\s+", " ", t)
for fname in ["questions.jsonl", "claims.jsonl"]:
    for line in open(os.path.join(ROOT, fname), encoding="utf-8"):
        o = json.loads(line)
        for gd in o["gold"]:
            qt = norm(gd["quote"])
            d = gd["doc_id"]
            if qt not in norm(docs[d]):
                print("NOT FOUND", o["id"], gd["quote"][:60])
            if d in pages and not any(qt in norm(p) for p in pages[d]):
                print("CROSS PAGE", o["id"], gd["quote"][:60])
            n = norm(docs[d]).count(qt)
            if n > 1:
                print("dup x%d" % n, o["id"], gd["quote"][:60])
        for f in o["figures"]:
            ds = set(gd["doc_id"] for gd in o["gold"])
            found_in_quote = any(normfig(f) in normfig(gd["quote"]) for gd in o["gold"])
            found_in_doc = any(normfig(f) in normfig(docs[d]) for d in ds)
            if not found_in_quote:
                # look at the line containing the quote (table rows)
                ok = False
                for gd in o["gold"]:
                    for l in docs[gd["doc_id"]].splitlines():
                        if norm(gd["quote"]) in norm(l) and normfig(f) in normfig(l):
                            ok = True
                print(("row-ok " if ok else "FIG NOT IN QUOTE/ROW ") + o["id"], f, "in doc:" , found_in_doc)
