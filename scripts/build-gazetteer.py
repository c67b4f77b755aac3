#!/usr/bin/env python3
"""Regenerates geokg's gazetteer (data/gazetteer/*.tsv) from the shared source data and the
hand-curated files in data/gazetteer/curated/.

    python3 scripts/build-gazetteer.py [SHARED_DATA_DIR]

SHARED_DATA_DIR defaults to ../shared/data relative to the repository root. The program only
reads it at build time: the generated TSV files are committed, so geokg never needs it at run time.

Output is deterministic: rows are sorted by key, lists are de-duplicated in a fixed order, and no
timestamps are written. Identifiers are copied from a source or left empty; none is guessed.
Needs Python 3.9+ and PyYAML.
"""

import csv
import glob
import json
import os
import re
import sys
import unicodedata
import urllib.parse

import yaml

REPO = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
OUT = os.path.join(REPO, "data", "gazetteer")
CURATED = os.path.join(OUT, "curated")

# Words that must never be a surface form on their own, whatever a source says (checked case-insensitively
# for forms that match case-insensitively). The curated stoplist adds domain words for threat actors.
STOPWORDS = {
    "a", "an", "and", "are", "as", "at", "be", "by", "for", "from", "he", "in", "is", "it", "its", "me",
    "my", "no", "not", "of", "on", "or", "our", "she", "so", "that", "the", "this", "to", "up", "us",
    "we", "who", "with", "you",
}

notes = []  # decisions taken while building, printed at the end


def note(msg):
    notes.append(msg)


# ---------------------------------------------------------------------------------------------- helpers

def read_tsv(path):
    """Rows of a curated TSV as dicts; '#' lines and blank lines are skipped; the first other line is the header."""
    rows = []
    with open(path, encoding="utf-8") as f:
        header = None
        for lineno, line in enumerate(f, 1):
            line = line.rstrip("\n")
            if not line.strip() or line.startswith("#"):
                continue
            cells = line.split("\t")
            if header is None:
                header = cells
                continue
            if len(cells) > len(header):
                sys.exit(f"{path}:{lineno}: {len(cells)} cells, header has {len(header)}")
            cells += [""] * (len(header) - len(cells))
            row = {h: c.strip() for h, c in zip(header, cells)}
            row["_line"] = lineno
            rows.append(row)
    return rows


def split_list(cell):
    return [x.strip() for x in cell.split("|") if x.strip()] if cell else []


def uniq(items, fold=True):
    """Keeps the first of each item; an all-caps form goes when the same text in mixed case is there too
    ("FANCY BEAR" next to "Fancy Bear"), since the case-insensitive form already matches it."""
    first = _uniq(items, fold)
    mixed = {x.casefold() for x in first if not is_case_sensitive(x)}
    return [x for x in first if not (is_case_sensitive(x) and x.casefold() in mixed)]


def _uniq(items, fold=True):
    """Keeps the first of each item, comparing case-insensitively when fold is set (case-sensitive
    acronyms are kept apart from names that differ only in case)."""
    seen = set()
    out = []
    for it in items:
        it = clean_text(it)
        if not it:
            continue
        k = fold_key(it) if fold else it
        if k in seen:
            continue
        seen.add(k)
        out.append(it)
    return out


def fold_key(text):
    # An all-uppercase form (an acronym) is its own key: "US" must not swallow "Us".
    return text if is_case_sensitive(text) else text.casefold()


def clean_text(text):
    if text is None:
        return ""
    text = unicodedata.normalize("NFC", str(text))
    text = text.replace("\t", " ").replace("|", " ")
    return re.sub(r"\s+", " ", text).strip()


def is_case_sensitive(text):
    """The convention the Java loader applies too: a form with no lower-case letter and at least one
    upper-case letter (US, UK, EU, GRU, U.S., DPRK) matches only as written."""
    return any(c.isupper() for c in text) and not any(c.islower() for c in text)


def is_latin(text):
    for ch in text:
        if ch.isalpha():
            try:
                if not unicodedata.name(ch).startswith("LATIN"):
                    return False
            except ValueError:
                return False
    return True


def ascii_fold(text):
    return unicodedata.normalize("NFKD", text).encode("ascii", "ignore").decode("ascii")


def norm(text):
    """Comparison key for names across sources: ASCII, lower case, letters and digits only."""
    return re.sub(r"[^a-z0-9]", "", ascii_fold(text).lower())


def safe_form(text):
    """True when a form may be matched in news text: not empty, not a bare stopword."""
    if not text:
        return False
    if is_case_sensitive(text):
        return len(text) >= 2
    return text.casefold() not in STOPWORDS and len(text) >= 3


def write_tsv(name, header, rows):
    path = os.path.join(OUT, name)
    with open(path, "w", encoding="utf-8", newline="") as f:
        f.write("\t".join(header) + "\n")
        for row in rows:
            cells = []
            for h in header:
                v = row.get(h, "")
                if isinstance(v, (list, tuple)):
                    v = "|".join(v)
                v = "" if v is None else str(v)
                if "\t" in v or "\n" in v:
                    raise ValueError(f"{name}: tab or newline in {h}: {v!r}")
                cells.append(v)
            f.write("\t".join(cells) + "\n")
    print(f"wrote {os.path.relpath(path, REPO)}: {len(rows)} rows")


def dbpedia_name(wikipedia_url):
    """The DBpedia resource name for an English Wikipedia article URL, or '' when it is not one."""
    if not wikipedia_url:
        return ""
    m = re.match(r"^https?://en\.wikipedia\.org/wiki/([^#?]+)$", wikipedia_url)
    if not m:
        return ""
    return urllib.parse.unquote(m.group(1)).replace(" ", "_")


# ---------------------------------------------------------------------------------------------- states

EN_MARKERS = re.compile(
    r"\b(Republic|Kingdom|State|States|Federation|Federal|Union|Commonwealth|Principality|Duchy|Sultanate|"
    r"Confederation|Democratic|People's|United|Independent|Socialist|Islamic|Arab|Hashemite|Islands|"
    r"Territory|Bailiwick|Collectivity|Department|Nation|Plurinational|Bolivarian|Oriental|Co-operative|"
    r"Federated|Lands)\b")


def english_alt(alt):
    """Whether one of mledoze's altSpellings reads as an English name rather than a native one."""
    if "," in alt or "(" in alt:
        return False  # inverted ISO forms such as "Iran, Islamic Republic of" never occur in news
    if not all(ord(c) < 128 for c in alt):
        return False
    if re.fullmatch(r"[A-Z]{3,5}", alt):
        return True  # UAE, DPRK, DRC, RSA, USA
    return bool(EN_MARKERS.search(alt))


def clean_unterm(v):
    v = (v or "").strip().rstrip("*").strip()
    v = re.sub(r"^the ", "", v)
    v = re.sub(r" \(the\)$", "", v)
    if "(" in v or "," in v:
        return ""
    return v


def petrarch_blocks(path):
    """Phoenix.Countries: each country's first block: the country's own phrase and its '+' synonyms."""
    blocks = {}
    current = None
    with open(path, encoding="utf-8", errors="replace") as f:
        for line in f:
            raw = line.rstrip("\n")
            m = re.match(r"^([A-Z][^\s#\[]*)\s*\[([A-Z]{3})\]", raw)
            if m:
                current = m.group(2)
                blocks.setdefault(current, []).append(m.group(1))
                continue
            if current and raw.startswith("+"):
                phrase = raw[1:].split("#")[0].strip()
                if phrase:
                    blocks[current].append(phrase)
                continue
            current = None
    return blocks


def petrarch_phrase(p):
    return re.sub(r"_+", " ", p).strip()


DEMONYM_ENDINGS = ("AN", "IAN", "ESE", "ISH", "I", "IC", "CH", "OT", "ER")


def petrarch_demonyms(block, names, demonyms, capitals):
    """Adjectives of a country in its Petrarch block: one word with a demonym ending that starts like a
    word of the country's names or its mledoze demonym and is not a name or capital itself."""
    stems = set()
    for n in list(names) + list(demonyms):
        for w in re.findall(r"[A-Za-z]+", ascii_fold(n)):
            if len(w) >= 4 and w.lower() not in {"republic", "kingdom", "state", "states", "united", "democratic",
                                                 "people", "federal", "islamic", "union", "islands", "north",
                                                 "south", "east", "west", "central", "saint", "new", "great"}:
                stems.add(w[:4].upper())
    known = {norm(x) for x in list(names) + list(capitals)}
    out = []
    for p in block:
        w = petrarch_phrase(p)
        if " " in w or not re.fullmatch(r"[A-Z]+", w):
            continue
        if not w.endswith(DEMONYM_ENDINGS) or w.endswith(("STAN", "LAND")):
            continue
        if w[:4] not in stems or norm(w) in known:
            continue
        out.append(w.capitalize())
    return out


def build_states(src):
    countries = json.load(open(os.path.join(src, "mledoze-countries", "countries.json"), encoding="utf-8"))
    ml = {c["cca2"]: c for c in countries}
    cc = {}
    with open(os.path.join(src, "datasets-country-codes", "country-codes.csv"), encoding="utf-8") as f:
        for r in csv.DictReader(f):
            if r.get("ISO3166-1-Alpha-2"):
                cc[r["ISO3166-1-Alpha-2"]] = r
    rg = {}
    with open(os.path.join(src, "opensanctions-rigour", "territories", "data.jsonl"), encoding="utf-8") as f:
        for line in f:
            d = json.loads(line)
            rg[d["code"]] = d
    gn = {}
    gn_cols = None
    with open(os.path.join(src, "geonames-countryinfo", "countryInfo.txt"), encoding="utf-8") as f:
        for line in f:
            line = line.rstrip("\n")
            if line.startswith("#ISO"):
                gn_cols = line[1:].split("\t")
                continue
            if line.startswith("#") or not line.strip():
                continue
            r = dict(zip(gn_cols, line.split("\t")))
            gn[r["ISO"]] = r
    blocks = petrarch_blocks(os.path.join(src, "petrarch2-cameo-dictionaries", "Phoenix.Countries.actors.txt"))
    curated = {r["key"]: r for r in read_tsv(os.path.join(CURATED, "states.tsv"))}
    accepted_petrarch = {r["key"]: {x.casefold() for x in split_list(r["accepted"])}
                         for r in read_tsv(os.path.join(CURATED, "petrarch-demonyms.tsv"))}

    codes = sorted(set(cc) | {"XK"})
    rows = []
    for a2 in codes:
        m = ml.get(a2, {})
        c = cc.get(a2, {})
        r = rg.get(a2.lower(), {})
        g = gn.get(a2, {})
        a3 = c.get("ISO3166-1-Alpha-3") or (r.get("alpha3") or "").upper()
        if a2 == "XK":
            a3 = "XKX"  # the guidelines' key; mledoze's UNK is not an ISO-style code
        for other in (m.get("cca3"), g.get("ISO3"), (r.get("alpha3") or "").upper()):
            if other and other != a3 and not (a2 == "XK" and other == "UNK"):
                note(f"states: {a2} alpha-3 disagreement {a3} vs {other}")
        cur = curated.get(a3, {})
        drop = {x.casefold() for x in split_list(cur.get("drop", ""))}

        numeric = c.get("ISO3166-1-numeric") or m.get("ccn3") or ""
        numeric = numeric.zfill(3) if numeric else ""
        if numeric and m.get("ccn3") and numeric != m.get("ccn3"):
            note(f"states: {a2} numeric {numeric} vs mledoze {m.get('ccn3')}")

        # Wikidata: the item that carries the ISO code in Wikidata (country-codes), else rigour's QID.
        qid = ""
        url = c.get("wikidata_id", "")
        if url:
            qid = url.rstrip("/").rsplit("/", 1)[-1]
        if not qid and r.get("qid"):
            qid = r["qid"]
            note(f"states: {a3} Wikidata {qid} from rigour (country-codes has none)")
        elif qid and r.get("qid") and r["qid"] != qid:
            note(f"states: {a3} Wikidata {qid} (country-codes) differs from rigour {r['qid']}; kept country-codes")

        geonames = c.get("Geoname ID") or g.get("geonameid") or ""
        if c.get("Geoname ID") and g.get("geonameid") and c["Geoname ID"] != g["geonameid"]:
            note(f"states: {a3} GeoNames id {c['Geoname ID']} vs {g['geonameid']}")

        # DBpedia: rigour's Wikipedia title, only for the record of this ISO code whose QID is the one we publish.
        dbp = ""
        if r and r.get("code") == a2.lower() and r.get("qid") and r.get("qid") == qid:
            dbp = dbpedia_name(r.get("wikipedia_url"))

        name = cur.get("name") or m.get("name", {}).get("common") or c.get("CLDR display name") or r.get("name", "")
        official = m.get("name", {}).get("official") or c.get("official_name_en") or r.get("full_name", "")

        aliases = [name, m.get("name", {}).get("common", ""), official,
                   c.get("official_name_en", ""), clean_unterm(c.get("UNTERM English Short")),
                   clean_unterm(c.get("UNTERM English Formal")), c.get("CLDR display name", "")]
        aliases += [a for a in m.get("altSpellings", []) if a != a2 and english_alt(a)]
        aliases += split_list(cur.get("aliases", ""))

        capitals = list(m.get("capital", [])) + [c.get("Capital", ""), g.get("Capital", "")]
        capitals += split_list(cur.get("capitals", ""))
        # Also the ASCII spelling of each capital (Bogotá -> Bogota), which news in English often uses.
        capitals += [ascii_fold(x) for x in list(capitals)]

        dem = m.get("demonyms", {}).get("eng", {})
        demonyms = [dem.get("m", ""), dem.get("f", "")] + split_list(cur.get("demonyms", ""))
        petr = petrarch_demonyms(blocks.get(a3 if a3 != "XKX" else "KSV", []),
                                 [name, official] + aliases, demonyms, capitals)
        accepted = accepted_petrarch.get(a3, set())
        for p in petr:
            if p.casefold() not in accepted and p.casefold() not in {d.casefold() for d in demonyms}:
                note(f"states: {a3} Petrarch adjective candidate '{p}' not accepted")
        demonyms += [p for p in petr if p.casefold() in accepted]

        def keep(x):
            return x and x.casefold() not in drop and is_latin(x) and safe_form(x) and x != a2 or x in ("US", "UK")

        aliases = [x for x in uniq(aliases) if keep(x) and x.casefold() != name.casefold()
                   and "(" not in x and "," not in x and " - " not in x]
        capitals = [x for x in uniq(capitals) if keep(x)]
        demonyms = [x for x in uniq(demonyms) if keep(x)]
        # Plurals of nationality nouns: Iranians, Saudis, Israelis (not Swiss, British, Chinese).
        demonyms = uniq(demonyms + [d + "s" for d in demonyms if re.search(r"(an|i)$", d) and not d.endswith("man")])

        rows.append({
            "key": a3, "iso2": a2, "numeric": numeric, "name": name, "official": official,
            "wikidata": qid, "geonames": geonames, "dbpedia": dbp,
            "capitals": capitals, "demonyms": demonyms, "aliases": aliases,
        })

    # A dependent territory does not keep a demonym that is also a sovereign state's (American for the
    # Northern Mariana Islands, French for the French Southern Lands): in news it names the state.
    sovereign = {c["cca3"] for c in countries if c.get("independent")} | {"XKX"}
    sovereign_dem = {fold_key(d) for r in rows if r["key"] in sovereign for d in r["demonyms"]}
    for r in rows:
        if r["key"] not in sovereign:
            gone = [d for d in r["demonyms"] if fold_key(d) in sovereign_dem]
            if gone:
                r["demonyms"] = [d for d in r["demonyms"] if fold_key(d) not in sovereign_dem]
                note(f"states: {r['key']} (a territory) left without demonyms {gone} that name a sovereign state")

    # Report texts shared by two states: they stay (the extractor resolves them in context) but are listed.
    owners = {}
    for row in rows:
        for kind in ("name", "aliases", "capitals", "demonyms"):
            vals = row[kind] if isinstance(row[kind], list) else [row[kind]]
            for v in vals:
                owners.setdefault(fold_key(v), set()).add(row["key"])
    for text, keys in sorted(owners.items()):
        if len(keys) > 1:
            note(f"states: '{text}' is used by {', '.join(sorted(keys))}")
    rows.sort(key=lambda r: r["key"])
    write_tsv("states.tsv", ["key", "iso2", "numeric", "name", "official", "wikidata", "geonames", "dbpedia",
                             "capitals", "demonyms", "aliases"], rows)
    return rows


def country_name_index(states):
    """Names -> ISO alpha-3, for sources that name a country instead of coding it."""
    idx = {}
    for s in states:
        for v in [s["name"], s["official"]] + s["aliases"]:
            idx.setdefault(norm(v), s["key"])
    return idx


def country_from_name(idx, text):
    if not text:
        return ""
    t = text.strip()
    m = re.fullmatch(r"(.+?) \((.+)\)", t)  # "Korea (Democratic People's Republic of)"
    if m:
        inner = m.group(2)
        t = inner + " " + m.group(1) if inner.endswith(" of") else m.group(1)
    return idx.get(norm(t), "")


# ---------------------------------------------------------------------------------------------- organisations

def build_organizations(src):
    igos = yaml.safe_load(open(os.path.join(src, "supraverden-igos", "general_list.yaml"), encoding="utf-8"))
    rows = []
    for cur in read_tsv(os.path.join(CURATED, "organizations.tsv")):
        key = cur["key"]
        source = cur["source"]
        drop = {x.casefold() for x in split_list(cur.get("drop", ""))}
        names = []
        qid = ""
        dbp = ""
        if source:
            if source not in igos:
                sys.exit(f"curated/organizations.tsv:{cur['_line']}: '{source}' is not in supraverden")
            o = igos[source]
            code = str(o.get("Wikidata_code") or "")
            qid = code if re.fullmatch(r"Q\d+", code) else ""
            name = cur.get("name") or o.get("Name_en") or source
            names = [o.get("Name_en"), source]
            for k in sorted(o):
                if re.fullmatch(r"(Name_other(_\d)?_en|Name_former_en|Abbreviation(_other(_\d)?)?_en|Abbreviation_former_en)", k):
                    v = o[k]
                    names += v if isinstance(v, list) else [v]
        else:
            name = cur["name"]
        names = [str(n) for n in names if n and not str(n).startswith("[")]
        aliases = names + split_list(cur.get("aliases", ""))
        aliases = [a for a in uniq(aliases)
                   if a.casefold() != name.casefold() and a.casefold() not in drop and safe_form(a) and is_latin(a)]
        rows.append({"key": key, "name": name, "wikidata": qid, "dbpedia": dbp, "aliases": aliases})
    keys = [r["key"] for r in rows]
    if len(keys) != len(set(keys)):
        sys.exit("curated/organizations.tsv: duplicate key")
    rows.sort(key=lambda r: r["key"])
    write_tsv("organizations.tsv", ["key", "name", "wikidata", "dbpedia", "aliases"], rows)
    return rows


# ---------------------------------------------------------------------------------------------- threat actors

def derive_key(name):
    k = re.sub(r"[^A-Z0-9]+", "_", ascii_fold(name).upper()).strip("_")
    k2 = re.sub(r"_(GROUP|TEAM)$", "", k)
    return k2 if k2 else k


def build_threat_actors(src, states):
    a2_to_a3 = {s["iso2"]: s["key"] for s in states}
    name_idx = country_name_index(states)
    stop_any = set()
    stop_mixed = set()
    for r in read_tsv(os.path.join(CURATED, "threat-actor-stoplist.tsv")):
        if r["scope"] not in ("any", "mixed"):
            sys.exit(f"curated/threat-actor-stoplist.tsv:{r['_line']}: scope must be any or mixed")
        (stop_any if r["scope"] == "any" else stop_mixed).add(r["text"].casefold())
    curated = read_tsv(os.path.join(CURATED, "threat-actors.tsv"))

    # MITRE ATT&CK groups, one per STIX id (the same group is shipped once per domain).
    mitre = {}
    for path in sorted(glob.glob(os.path.join(src, "mitre-attack", "*", "intrusion-set", "*.json"))):
        bundle = json.load(open(path, encoding="utf-8"))
        for o in bundle.get("objects", []):
            if o.get("type") != "intrusion-set" or o.get("revoked") or o.get("x_mitre_deprecated"):
                continue
            gid = next((r["external_id"] for r in o.get("external_references", [])
                        if r.get("source_name") == "mitre-attack"), None)
            if gid:
                mitre.setdefault(gid, {"gid": gid, "name": o["name"], "aliases": list(o.get("aliases", []))})

    def strip_suffix(n):
        return re.sub(r"(group|team)$", "", n) or n

    by_norm = {}
    for g in mitre.values():
        for a in [g["name"]] + g["aliases"]:
            by_norm.setdefault(norm(a), set()).add(g["gid"])
        by_norm.setdefault(strip_suffix(norm(g["name"])), set()).add(g["gid"])

    misp = json.load(open(os.path.join(src, "misp-galaxy", "threat-actor.json"), encoding="utf-8"))["values"]
    actors = {}  # id -> actor dict
    for gid, g in sorted(mitre.items()):
        actors[gid] = {"id": gid, "mitre": gid, "name": g["name"], "aliases": [g["name"]] + g["aliases"],
                       "own": {norm(g["name"])}, "sponsors": [], "misp": []}

    primary = {}
    for g in mitre.values():
        primary.setdefault(norm(g["name"]), set()).add(g["gid"])
        primary.setdefault(strip_suffix(norm(g["name"])), set()).add(g["gid"])

    for v in sorted(misp, key=lambda v: v["value"]):
        meta = v.get("meta", {})
        value = v["value"]
        # Same group when MISP cites exactly one ATT&CK id for it, or when its name is a group's name.
        # A MISP name that is only some group's alias is not enough: vendors reuse names (MISP's IRIDIUM
        # is an Iranian group, Microsoft's IRIDIUM is Sandworm).
        gids = {s for s in meta.get("synonyms", []) if re.fullmatch(r"G\d{4}", s)}
        gids |= {x.split(":")[0] for x in meta.get("name-attribution", []) if re.fullmatch(r"G\d{4}:.*", x)}
        gids &= set(mitre)
        cands = primary.get(norm(value), set()) | primary.get(strip_suffix(norm(value)), set())
        if len(gids) == 1:
            cands = gids
        elif len(gids) > 1 and len(cands & gids) == 1:
            cands = cands & gids
        if len(cands) == 1:
            actor = actors[next(iter(cands))]
        else:
            aid = "misp:" + value
            actor = actors.setdefault(aid, {"id": aid, "mitre": "", "name": value, "aliases": [value],
                                            "own": set(), "sponsors": [], "misp": []})
        actor["own"].add(norm(value))
        actor["misp"].append(value)
        actor["aliases"] += [value] + list(meta.get("synonyms", []))
        sponsor = a2_to_a3.get((meta.get("country") or "").upper(), "")
        if not sponsor:
            sp = meta.get("cfr-suspected-state-sponsor")
            if isinstance(sp, list):
                sp = sp[0] if len(sp) == 1 else ""
            sponsor = country_from_name(name_idx, sp or "")
            if sp and sp != "Unknown" and not sponsor:
                note(f"threat-actors: sponsor name '{sp}' of {value} not found in the country tables")
        if sponsor:
            actor["sponsors"].append(sponsor)

    # Curated: keys, names and aliases; also which actors to leave out.
    by_match = {}
    for a in actors.values():
        if a["mitre"]:
            by_match[a["mitre"]] = a
        for mv in a["misp"]:
            by_match.setdefault("misp:" + mv, a)
    curated_keys = {}
    for cur in curated:
        a = by_match.get(cur["match"])
        if a is None and cur["match"].startswith("new:"):
            # An actor no source lists as a group (Conti is software in ATT&CK): name and aliases only.
            a = actors.setdefault(cur["match"], {"id": cur["match"], "mitre": "", "name": cur["name"],
                                                 "aliases": [cur["name"]], "own": {norm(cur["name"])},
                                                 "sponsors": [], "misp": []})
            by_match[cur["match"]] = a
        if a is None:
            sys.exit(f"curated/threat-actors.tsv:{cur['_line']}: no actor matches '{cur['match']}'")
        if cur.get("key") == "-":
            a["omit"] = True
            continue
        if cur.get("key"):
            holder = next((x for x, k in curated_keys.items() if k == cur["key"] and x != a["id"]), None)
            if holder:
                # Two source records of one group (MISP's APT31 and ATT&CK's ZIRCONIUM): merge into the first.
                h = actors[holder]
                for f in ("aliases", "sponsors", "misp"):
                    h[f] += a[f]
                h["own"] |= a["own"]
                a["omit"] = "merged"
                note(f"threat-actors: {a['name']} merged into {h['name']} as {cur['key']} by curated choice")
                continue
            curated_keys[a["id"]] = cur["key"]
        if cur.get("name"):
            a["name"] = cur["name"]
            a["own"].add(norm(cur["name"]))
        a["aliases"] += split_list(cur.get("aliases", ""))
        a["drop"] = {x.casefold() for x in split_list(cur.get("drop", ""))}

    def ok_alias(text):
        if len(text) < 3 or not is_latin(text) or not safe_form(text):
            return False
        if re.fullmatch(r"G\d{4}", text) or ":" in text or text.lower().startswith("operation "):
            return False  # MITRE ids, "Subgroup: X", campaign names
        if text.casefold() in stop_any:
            return False
        return is_case_sensitive(text) or text.casefold() not in stop_mixed

    # Drop an actor whose own name is a stopword and that the curated file did not rename.
    kept = []
    for a in actors.values():
        if a.get("omit") == "merged":
            continue
        if a.get("omit"):
            note(f"threat-actors: left out {a['name']} ({a['mitre'] or 'MISP'}) by curated choice")
            continue
        if not ok_alias(a["name"]):
            note(f"threat-actors: left out {a['name']} ({a['mitre'] or 'MISP'}): its name is a stopword, a campaign or too short")
            continue
        a["aliases"] = uniq([x for x in a["aliases"] if ok_alias(clean_text(x))
                             and clean_text(x).casefold() not in a.get("drop", set())])
        kept.append(a)

    # An alias claimed by two actors stays only with the actor whose own name it is; otherwise it goes.
    by_id = {a["id"]: a for a in kept}
    claims = {}
    for a in kept:
        for x in a["aliases"]:
            claims.setdefault(norm(x), set()).add(a["id"])
    dropped = 0
    for a in kept:
        out = []
        for x in a["aliases"]:
            owners = claims[norm(x)]
            if len(owners) > 1 and [o for o in sorted(owners) if norm(x) in by_id[o]["own"]] != [a["id"]]:
                dropped += 1
                continue
            out.append(x)
        a["aliases"] = out
    note(f"threat-actors: {dropped} alias uses dropped because two actors claimed them")

    rows = []
    used = {}
    for a in sorted(kept, key=lambda a: (a["mitre"] == "", a["mitre"], a["name"].casefold())):
        key = curated_keys.get(a["id"]) or derive_key(a["name"])
        if key in used:
            note(f"threat-actors: key {key} of {a['name']} already used by {used[key]}; kept {key}_{a['mitre'] or 'MISP'}")
            key = key + "_" + (a["mitre"] or "MISP")
        used[key] = a["name"]
        sponsors = sorted(set(a["sponsors"]))
        sponsor = ""
        if len(sponsors) == 1:
            sponsor = sponsors[0]
        elif sponsors:
            note(f"threat-actors: {key} has several suspected sponsors {sponsors}; left empty")
        aliases = [x for x in a["aliases"] if x.casefold() != a["name"].casefold()]
        rows.append({"key": key, "name": a["name"], "sponsor": sponsor, "mitre": a["mitre"],
                     "wikidata": "", "dbpedia": "", "aliases": aliases})
    rows.sort(key=lambda r: r["key"])
    write_tsv("threat-actors.tsv", ["key", "name", "sponsor", "mitre", "wikidata", "dbpedia", "aliases"], rows)
    return rows


# ---------------------------------------------------------------------------------------------- exile groups

def milnonstate_entries(path):
    """Phoenix.MilNonState: headword -> the headword and its '+' synonyms, as phrases."""
    entries = {}
    current = None
    with open(path, encoding="utf-8", errors="replace") as f:
        for line in f:
            raw = line.rstrip("\n")
            if not raw.strip() or raw.startswith("#"):
                current = None
                continue
            if raw.startswith("+"):
                if current:
                    entries[current].append(raw[1:].split("#")[0].strip())
                continue
            head = re.split(r"\s+\[", raw.split("#")[0])[0].strip()
            current = head
            entries.setdefault(head, [head])
    return entries


SMALL_WORDS = {"of", "the", "and", "for", "e", "al", "el", "in", "de", "ul"}


def petrarch_title(phrase):
    """MUJAHEDIN-E-KHALQ_(MEK)_ -> ['Mujahedin-e-Khalq', 'MEK']."""
    p = petrarch_phrase(phrase)
    out = []
    m = re.search(r"\(([A-Z0-9-]+)\)", p)
    if m:
        out.append(m.group(1))
        p = (p[:m.start()] + p[m.end():]).strip()
    words = []
    for i, w in enumerate(p.split(" ")):
        parts = w.split("-")
        parts = [x.lower() if (x.lower() in SMALL_WORDS and (i or j)) else x[:1].upper() + x[1:].lower()
                 for j, x in enumerate(parts)]
        words.append("-".join(parts))
    out.insert(0, " ".join(words))
    return out


def build_exile_groups(src, states):
    keys = {s["key"] for s in states}
    mns = milnonstate_entries(os.path.join(src, "petrarch2-cameo-dictionaries", "Phoenix.MilNonState.actors.txt"))
    rows = []
    for cur in read_tsv(os.path.join(CURATED, "exile-groups.tsv")):
        for col in ("opposes", "based_in"):
            if cur[col] and cur[col] not in keys:
                sys.exit(f"curated/exile-groups.tsv:{cur['_line']}: {col} {cur[col]} is not a state key")
        aliases = split_list(cur["aliases"])
        for head in split_list(cur.get("petrarch", "")):
            if head not in mns:
                sys.exit(f"curated/exile-groups.tsv:{cur['_line']}: no Petrarch MilNonState entry {head}")
            for phrase in mns[head]:
                aliases += petrarch_title(phrase)
        aliases = [a for a in uniq(aliases) if safe_form(a) and a.casefold() != cur["name"].casefold()]
        rows.append({"key": cur["key"], "name": cur["name"], "opposes": cur["opposes"], "based_in": cur["based_in"],
                     "wikidata": "", "dbpedia": "", "aliases": aliases, "leaders": uniq(split_list(cur["leaders"]))})
    rows.sort(key=lambda r: r["key"])
    write_tsv("exile-groups.tsv", ["key", "name", "opposes", "based_in", "wikidata", "dbpedia", "aliases", "leaders"],
              rows)
    return rows


# ---------------------------------------------------------------------------------------------- state bodies

def build_state_bodies(src, states):
    a2_to_a3 = {s["iso2"]: s["key"] for s in states}
    keys = {s["key"] for s in states}
    excluded = {r["text"].casefold() for r in read_tsv(os.path.join(CURATED, "agency-exclusions.tsv"))}
    agencies = json.load(open(os.path.join(src, "misp-galaxy", "intelligence-agencies.json"), encoding="utf-8"))
    rows = {}

    def add(text, state, kind, origin):
        text = clean_text(text)
        if not safe_form(text) or not is_latin(text):
            return
        rows.setdefault((text, state), {"text": text, "state": state, "kind": kind, "origin": origin})

    for v in agencies["values"]:
        value = v["value"]
        meta = v.get("meta", {})
        state = a2_to_a3.get((meta.get("country") or "").upper())
        if not state or value.casefold() in excluded:
            continue
        text = re.sub(r"\[\d+\]", "", value)
        text = re.sub(r"\s*\(page does not exist\)", "", text)
        text = re.sub(r"^[a-z]{2}:", "", text).strip().rstrip(",").strip()
        forms = []
        m = re.fullmatch(r"(.+?)\s*\(([^)]*)\)\s*(.*)", text)
        if m:
            inner = m.group(2)
            if re.fullmatch(r"[A-Z][A-Z0-9&-]{2,}", inner) and not m.group(3):
                forms += [m.group(1), inner]  # "National Crime Intelligence Agency (NCIA)"
            else:
                # "(Russia)", "(Turkey)": Wikipedia disambiguates because the bare name is shared; leave it
                # to the curated list, which names the bare forms that are safe.
                continue
        else:
            forms.append(text)
        forms += [s for s in (meta.get("synonyms") or []) if s.strip()]
        kind = "ministry" if re.match(r"(Ministry|Department of|Secretariat)\b", text) else "agency"
        if re.search(r"\b(Army|Navy|Air Force|Armed Forces|Defence Force|Battalion|Corps|Coast Guard)\b", text):
            kind = "military"
        for f_ in forms:
            if clean_text(f_).casefold() not in excluded:
                add(f_, state, kind, "misp")

    for cur in read_tsv(os.path.join(CURATED, "state-bodies.tsv")):
        if cur["state"] not in keys:
            sys.exit(f"curated/state-bodies.tsv:{cur['_line']}: {cur['state']} is not a state key")
        if cur["kind"] not in ("agency", "office", "ministry", "military"):
            sys.exit(f"curated/state-bodies.tsv:{cur['_line']}: kind {cur['kind']}")
        text = clean_text(cur["text"])
        rows[(text, cur["state"])] = {"text": text, "state": cur["state"], "kind": cur["kind"], "origin": "curated"}

    by_text = {}
    for (text, state) in rows:
        by_text.setdefault(fold_key(text), set()).add(state)
    for text, st in sorted(by_text.items()):
        if len(st) > 1:
            note(f"state-bodies: '{text}' names a body of {', '.join(sorted(st))}")
    out = sorted(rows.values(), key=lambda r: (r["state"], r["text"].casefold(), r["text"]))
    write_tsv("state-bodies.tsv", ["text", "state", "kind"], out)
    return out


# ---------------------------------------------------------------------------------------------- officials

TITLES = re.compile(r"^(PRESIDENT|PRIME_MINISTER|PREMIER|KING|QUEEN|PRINCE|CROWN_PRINCE|EMIR|SHEIKH|SHEIK|"
                    r"AYATOLLAH|HOJATOLISLAM|GENERAL|GEN|CHANCELLOR|MINISTER|FOREIGN_MINISTER|DR|MR|MRS|MS|SIR)_")


# A Petrarch variant with one of these words is a title plus a name ("RUSSIAN PRESIDENT VLADIMIR PUTIN"),
# not a spelling of the name; such variants are not taken.
TITLE_WORDS = {"PRESIDENT", "PRIME", "MINISTER", "AMBASSADOR", "FOREIGN", "SECRETARY", "KING", "QUEEN",
               "CHANCELLOR", "GENERAL", "PREMIER", "PRINCE", "EMIR", "SHEIKH", "AYATOLLAH", "LEADER", "CHIEF",
               "RUSSIAN", "AMERICAN", "CHINESE", "IRANIAN", "BRITISH", "FRENCH", "GERMAN", "MR.", "DR.",
               "SENATOR", "GOVERNOR", "VICE", "DEPUTY", "DEFENSE", "DEFENCE", "STATE", "OF", "THE"}


def petrarch_people(path):
    """Phoenix.Countries person entries: normalised name -> set of spelling variants (two words or more)."""
    people = {}
    group = []
    with open(path, encoding="utf-8", errors="replace") as f:
        for line in f:
            raw = line.rstrip("\n")
            if re.match(r"^[A-Z]", raw) and not re.search(r"\[[A-Z]{3}\]", raw):
                group = [raw.split("#")[0].strip()]
            elif raw.startswith("+") and group:
                group.append(raw[1:].split("#")[0].strip())
            elif raw.startswith("\t[") or raw.startswith("    ["):
                if group:
                    variants = set()
                    for p in group:
                        q = p.strip("_ ")
                        while TITLES.match(q + "_"):
                            q2 = TITLES.sub("", q + "_").strip("_")
                            if q2 == q:
                                break
                            q = q2
                        phrase = petrarch_phrase(q)
                        if (len(phrase.split()) >= 2 and re.fullmatch(r"[A-Z' .-]+", phrase)
                                and not TITLE_WORDS & set(phrase.split())):
                            variants.add(phrase)
                    for vv in variants:
                        people.setdefault(norm(vv), set()).update(variants)
                    group_done = True  # noqa: F841 (the same group may carry several date lines)
            elif not raw.strip():
                group = []
    return people


def title_name(phrase):
    return " ".join(w[:1] + w[1:].lower() if not re.fullmatch(r"[A-Z]\.", w) else w
                    for w in phrase.split(" "))


def build_officials(src, states):
    keys = {s["key"] for s in states}
    people = petrarch_people(os.path.join(src, "petrarch2-cameo-dictionaries", "Phoenix.Countries.actors.txt"))
    rows = []
    matched = 0
    for cur in read_tsv(os.path.join(CURATED, "officials.tsv")):
        if cur["state"] not in keys:
            sys.exit(f"curated/officials.tsv:{cur['_line']}: {cur['state']} is not a state key")
        for col in ("from", "to"):
            if cur[col] and not re.fullmatch(r"(19|20)\d\d", cur[col]):
                sys.exit(f"curated/officials.tsv:{cur['_line']}: {col} must be a year")
        aliases = split_list(cur["aliases"])
        found = set()
        for n in [cur["name"]] + aliases:
            found |= people.get(norm(n), set())
        if found:
            matched += 1
        aliases += sorted(title_name(p) for p in found)
        aliases = [a for a in uniq(aliases) if safe_form(a) and a.casefold() != cur["name"].casefold()]
        rows.append({"name": cur["name"], "state": cur["state"], "role": cur["role"], "from": cur["from"],
                     "to": cur["to"], "aliases": aliases})
    note(f"officials: {matched} curated rows got spelling variants from Petrarch")
    rows.sort(key=lambda r: (r["state"], r["name"].casefold(), r["role"], r["from"]))
    write_tsv("officials.tsv", ["name", "state", "role", "from", "to", "aliases"], rows)
    return rows


# ---------------------------------------------------------------------------------------------- main

def main():
    src = sys.argv[1] if len(sys.argv) > 1 else os.path.join(REPO, "..", "shared", "data")
    src = os.path.abspath(src)
    if not os.path.isdir(src):
        sys.exit(f"no source data directory {src}")
    states = build_states(src)
    build_organizations(src)
    build_threat_actors(src, states)
    build_exile_groups(src, states)
    build_state_bodies(src, states)
    build_officials(src, states)
    with open(os.path.join(OUT, "build-notes.txt"), "w", encoding="utf-8") as f:
        f.write("# Decisions and conflicts noted by scripts/build-gazetteer.py (regenerated on each run)\n")
        for n in notes:
            f.write(n + "\n")
    print(f"{len(notes)} notes in data/gazetteer/build-notes.txt")


if __name__ == "__main__":
    main()
