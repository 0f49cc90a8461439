"""Paragraphs, sentences, tokens and lemmas with exact character offsets into the clean text.

The default engine is rule-based (one regex pass over the text, a German abbreviation list from
``data/abbreviations_de.txt``); it agrees with SoMaJo on the demo corpus and is about 40 times
faster. SoMaJo is available as ``engine="somajo"`` when installed.
"""

from __future__ import annotations

import re
from bisect import bisect_left, bisect_right
from collections.abc import Callable, Iterable, Iterator
from functools import lru_cache, partial
from itertools import accumulate, compress, repeat
from operator import add, itemgetter, not_, sub
from typing import Final

import simplemma
from simplemma.strategies.dictionaries.dictionary_factory import SUPPORTED_LANGUAGES

from . import lemma_cache
from .memo import in_pure_python, remembered_all
from .model import Article, Doc, Paragraph, Sentence, Token
from .resources import on_reset, word_list
from .speakers import form_flags, noun_kind

lemma_cache.install()  # simplemma's dictionary from a prebuilt copy: a second sooner at start-up

_PARAGRAPH_BREAK: Final = re.compile(r"\n[ \t\r\f\v]*\n\s*")
_LINE_BREAK: Final = re.compile(r"\s*\n\s*")
TOP_LEVEL_DOMAINS: Final = r"(?:de|com|org|net|at|ch|eu|ru|cn|uk|fr|info|online|tv|io)"
_DOMAIN: Final = rf"\w++(?:[.-]\w+)*\.{TOP_LEVEL_DOMAINS}\b"  # tagesspiegel.de, news.de, n-tv.de
# A domain wins over a number and a number over a word. A word's letters are read once for the domain
# and the word alternative (possessive \w++: nothing to give back), and the domain test before a number
# runs only where a digit stands; faster than trying the three alternatives in turn, same tokens.
# The domain's and the compound's repeated groups are entered only where a full stop, hyphen or
# apostrophe follows the letters (the look-ahead): each entry of a repeated group costs ``re`` an
# allocation, and most words end before a space (1.62 → 1.34 million instructions per article).
TOKEN_PATTERN: Final = re.compile(
    rf"(?=\d)(?!{_DOMAIN})\d+(?:[.,:]\d+)+"  # numbers: 141,4  7.30  1.000.000
    rf"|\w++(?:(?=[.\-'’])(?:(?:[.-]\w+)*\.{TOP_LEVEL_DOMAINS}\b"  # domains
    r"|\.[a-zäöüß]{2,}+(?!\w)(?:[-'’]\w+)*"  # a name with a full stop inside: ver.di, ver.di-Chef
    r"|(?:[-'’]\w+)*)|)"  # words, hyphen compounds: Ukraine-Krieg, US-Präs
    r"|[^\w\s]"  # any other single character
)
# The same tokens, each with the spaces before it: every character is a space, a word character or
# another one, so the tokens and the spaces between them cover the text and each match starts where
# the last ended. ``findall`` of it gives strings, no match objects; each token ends where the lengths
# summed so far end, and starts its surface's length before that (``segment``).
_SPACED_TOKEN: Final = re.compile(rf"\s*+(?:{TOKEN_PATTERN.pattern})")
# A sentence may end after . ! ? … plus closing quotes/brackets, before whitespace. A match starts
# only at the first mark of a run and gives nothing back (possessive), so a run of marks without a
# space after it is read once, not once per mark (20,000 dots took 47 s); the matches are the same.
# A full stop between a lower-case letter and a capitalised word without a space ends one too (_GLUED).
_GLUED: Final = r"(?<=[a-zäöüß]\.)[A-ZÄÖÜ][a-zäöüß]+(?![\w.-])"  # "sagte der Papst.Der ältere …": a full stop
# written against the next sentence's first word (a word, not a domain's "Ja.Ukraine-Krieg.de")
# The pattern opens with the mark itself and looks back at the mark and the character before it: a
# pattern opening with a class lets ``re`` skip to the next mark in C, where one opening with the
# look-behind ran it at every character of the text (57 → 14 µs per article); the same matches.
_TERMINATOR: Final = re.compile(rf"[.!?…](?<![.!?…][.!?…])[.!?…]*+[\"'“”»«’)\]]*+(?=\s|{_GLUED})")
_SIMPLEMMA_LANGUAGES: Final = frozenset(SUPPORTED_LANGUAGES)


def _abbreviations() -> frozenset[str]:
    return word_list("abbreviations_de.txt")


def _sentence_openers() -> frozenset[str]:
    """Words that open a sentence and never follow an ordinal ("Ein", "Er", "Im"): data, not code."""
    return word_list("sentence_openers_de.txt")


def _is_boundary(text: str, match: re.Match[str], next_char_index: int) -> bool:
    """Whether a terminator match ends a sentence, judged by what stands before and after it."""
    next_char = text[next_char_index]
    if next_char.islower() or next_char in ",;:-–":
        return False
    terminator = match.group()
    if not terminator.startswith("."):
        return True
    word = _word_before(text, match.start())
    if not word:
        return True
    word = word.rsplit("-", 1)[-1]
    if len(word) == 1 and word.isalpha():  # an initial ("J. Yellen") or part of "z. B."; a name's last
        return _opener_after_name(text, match.start() - 1, next_char_index)  # ("sagt Susan K. Also …")
    if word.isdigit() and len(word) <= 2 and len(terminator) == 1:
        return _number_ends(text, match.start() - len(word), next_char_index)  # "am 22. März" goes on
    return word not in _abbreviations()


def _number_ends(text: str, number: int, next_char_index: int) -> bool:
    """Whether a number of one or two digits before a full stop ends its sentence rather than being an
    ordinal: it follows a word and a word that opens sentences comes next ("des Modells 3. Ein
    Sprecher"; not "am 3. Mai", nor a list's "2. Die" after a full stop)."""
    if number < 2 or text[number - 1] != " " or not text[number - 2].isalpha():
        return False
    stop = next_char_index
    while stop < len(text) and text[stop].isalpha():
        stop += 1
    return text[next_char_index:stop] in _sentence_openers()


def _opener_after_name(text: str, initial: int, next_char_index: int) -> bool:
    """Whether an initial with its full stop ends a name and its sentence: a capitalised word comes
    before it and a word that opens sentences after it ("sagt Susan K. Also …"; not "z. B. Die")."""
    name = _word_before(text, initial - 1) if initial > 1 and text[initial - 1] == " " else ""
    if not name[:1].isupper():
        return False
    stop = next_char_index
    while stop < len(text) and text[stop].isalpha():
        stop += 1
    return text[next_char_index:stop] in _sentence_openers()


def _word_before(text: str, dot: int) -> str:
    """The run of word characters and hyphens (at most 40) right before ``text[dot]``, read backwards
    by hand: what ``([\\w-]+)\\.$`` searched in the 40 characters before the dot finds, without a
    regex attempt at each of them (``\\w`` is ``str.isalnum`` or "_")."""
    floor = max(0, dot - 40)
    start = text.rfind(" ", floor, dot) + 1 or floor  # most often the word runs back to a space:
    word = text[start:dot]  # then its letters are tested at once, in C
    if word.replace("-", "").replace("_", "").isalnum():
        return word
    start = dot
    while start > floor and ((char := text[start - 1]).isalnum() or char in "_-"):
        start -= 1
    return text[start:dot]


# Words that never end a German sentence or headline: articles, determiners, conjunctions and the
# prepositions that are no verb particle ("teilte … mit", "trägt dazu bei", "räumt Fehler ein" end one).
# A line break after one lies inside its sentence even before a capitalised word ("die¶¶Fernsehdebatte").
_NEVER_LAST: Final = frozenset(
    {
        "der", "die", "das", "den", "dem", "des", "eine", "einen", "einem", "einer", "eines",
        "dieser", "diese", "dieses", "diesen", "diesem", "seiner", "seine", "seines", "seinen", "seinem",
        "ihrer", "ihre", "ihres", "ihren", "ihrem", "unserer", "unsere", "unseren", "unserem",
        "und", "oder", "sowie", "dass", "weil", "ob",
        "von", "vom", "für", "beim", "zur", "zum", "im", "ins", "am", "in", "gegen",
        "ohne", "seit", "wegen", "trotz", "während", "zwischen", "laut",
    }
)  # fmt: skip
_CLOSING_QUOTES: Final = "\"'“”»«’)"
_OPENING_QUOTES: Final = "\"'„“»«‚"
# where a sentence ends inside a piece of text: a full stop, question or exclamation mark, maybe with
# a quotation's closing mark, before a space
_SENTENCE_STOPS: Final = (". ", "? ", "! ", '." ', ".“ ", ".” ", '?" ', '!" ')


def runs_on(text: str, first: int, end: int, start: int) -> bool:
    """Whether a sentence runs on over the line or paragraph break between ``text[end - 1]`` and
    ``text[start]`` (``first``: where the text before the break starts): texts stored with their print
    layout's line breaks (FANG-COVID) break it without sentence-final punctuation before a lower-case
    word ("sagte¶¶der Grünenvorsitzende"), after a hyphen, after a word that never ends a sentence
    ("durch das¶¶Bundesministerium"), inside a quotation or, in a hard-wrapped text, before a
    capitalised word (``_wrapped_on``)."""
    last = end - 1
    while last > 0 and text[last] in _CLOSING_QUOTES:
        last -= 1
    before = text[last]
    if before in ".!?…:;" or before in _CLOSING_QUOTES:
        return False
    if before == "-" and text[last - 1].isalpha():
        return True  # "Kinder-¶¶und Jugendhilferecht" (not a list's dash standing alone)
    opening = start
    while start < len(text) - 1 and text[start] in _OPENING_QUOTES:
        start += 1
    if text[start].islower():  # not "iPhone", "eBay" nor a web address opening a headline or a line
        return not (text[start + 1 : start + 2].isupper() or text.startswith(("http", "www."), start))
    word_start = end - 1
    while word_start > 0 and text[word_start - 1].isalpha():
        word_start -= 1
    return (
        text[word_start:end].lower() in _NEVER_LAST
        or _quotation_open(text, first, end)
        or _wrapped_on(text, first, end, opening)
    )


# a break before a lower-case word (not a web address); where a letter stands before it, three of them
# in a text show that it keeps its print layout's line breaks ("sagte¶¶der"), not a list's
# ("Maschinen¶¶chemische Erzeugnisse"), and a break before a capitalised word may lie inside a sentence
# too. The pattern opens with the line break, which ``re`` finds in C (a letter first: 40 times slower)
_BREAK_BEFORE_LOWER: Final = re.compile(r"\n\s*(?!https?:|www\.)[a-zäöüß][a-zäöüß]")
_HARD_WRAPS: Final = 3


def _wrapped_on(text: str, first: int, end: int, start: int) -> bool:
    """Round 107: whether the break before ``text[start]``, a capitalised word right after a letter or
    digit, lies inside a sentence of a hard-wrapped text (``_hard_wrapped``) past its
    headline and lead (two breaks before ``first``): the sentence before the break began inside the
    text before it, after a sentence end or over an earlier break ("Das sind 30 weniger. Nach
    Recherchen von¶¶ZEIT ONLINE …"), or a role noun stands before a given name
    ("Bundesgesundheitsminister¶¶Jens Spahn")."""
    if not (text[end - 1].isalnum() and text[start].isupper()):
        return False
    if not _hard_wrapped(text):
        return False
    lead = _LINE_BREAK.search(text, 0, first)
    if lead is None or _LINE_BREAK.search(text, lead.end(), first) is None:
        return False
    opened = _last_sentence_start(text, first, end)
    return opened > first or "\n" in text[opened:end] or _role_before_name(text, end, start)


@lru_cache(maxsize=4)  # asked at each break before a capitalised word of one text: its answer read once
def _hard_wrapped(text: str) -> bool:
    """Whether ``_HARD_WRAPS`` breaks of ``text`` stand between a letter and a lower-case word."""
    wraps = 0
    for match in _BREAK_BEFORE_LOWER.finditer(text):
        before = match.start()
        while before > 0 and text[before - 1] in " \t":
            before -= 1
        if before > 0 and text[before - 1].isalpha():
            wraps += 1
            if wraps == _HARD_WRAPS:
                return True
    return False


def _last_sentence_start(text: str, start: int, end: int) -> int:
    """Where the last sentence of ``text[start:end]`` starts: after its last sentence end."""
    opened = start
    for match in _TERMINATOR.finditer(text, start, end):
        next_index = _skip_space(text, match.end(), end)
        if next_index < end and _is_boundary(text, match, next_index):
            opened = next_index
    return opened


def _role_before_name(text: str, end: int, start: int) -> bool:
    """Whether the word before ``end`` is a role noun and the word at ``start`` a given name."""
    word_start = end
    while word_start > 0 and (text[word_start - 1].isalpha() or text[word_start - 1] == "-"):
        word_start -= 1
    word_end = start
    while word_end < len(text) and text[word_end].isalpha():
        word_end += 1
    return noun_kind(text[word_start:end])[0] == "role" and noun_kind(text[start:word_end])[0] == "given"


def _quotation_open(text: str, start: int, end: int) -> bool:
    """Whether the last sentence of ``text[start:end]`` leaves a quotation open: an odd number of
    straight quotation marks or more German opening than closing ones ("Dazu wäre ein
    klarer¶¶Produktions- und …plan"); a stray mark sentences before does not count."""
    for stop in _SENTENCE_STOPS:
        found = text.rfind(stop, start, end)
        if found >= 0:
            start = max(start, found + len(stop))
    if text.count('"', start, end) % 2:
        return True
    return text.count("„", start, end) > text.count("“", start, end) + text.count("”", start, end)


def _joined(pieces: Iterator[tuple[int, int]], text: str) -> Iterator[tuple[int, int]]:
    """The pieces between line or paragraph breaks, each joined to the one before it where its
    sentence runs on over the break (``runs_on``)."""
    current = next(pieces, None)
    if current is None:
        return
    for piece in pieces:
        if runs_on(text, current[0], current[1], piece[0]):
            current = (current[0], piece[1])
        else:
            yield current
            current = piece
    yield current


def sentence_bounds(text: str, start: int, end: int) -> Iterator[tuple[int, int]]:
    """(start, end) of each sentence in ``text[start:end]``; a line break ends a sentence unless the
    sentence runs on over it (``runs_on``)."""
    for line in _joined(_split_keep(text, start, end, _LINE_BREAK), text):
        line_start, line_end = line
        sentence_start = line_start
        for match in _TERMINATOR.finditer(text, line_start, line_end):
            next_index = _skip_space(text, match.end(), line_end)
            if next_index >= line_end:
                break
            if _is_boundary(text, match, next_index):
                yield sentence_start, match.end()
                sentence_start = next_index
        if sentence_start < line_end:
            yield sentence_start, line_end


def _skip_space(text: str, index: int, end: int) -> int:
    while index < end and text[index].isspace():
        index += 1
    return index


def _split_keep(text: str, start: int, end: int, separator: re.Pattern[str]):
    """Non-blank pieces of ``text[start:end]`` between separator matches, stripped of spaces."""
    if separator is _LINE_BREAK and text.find("\n", start, end) == -1:  # no line break: one piece,
        yield from _stripped(text, start, end)  # without a failed regex attempt at every space
        return
    position = start
    for match in separator.finditer(text, start, end):
        yield from _stripped(text, position, match.start())
        position = match.end()
    yield from _stripped(text, position, end)


def _stripped(text: str, start: int, end: int):
    while start < end and text[start].isspace():
        start += 1
    while end > start and text[end - 1].isspace():
        end -= 1
    if start < end:
        yield start, end


@lru_cache(maxsize=262_144)
def lemmatize(word: str, language: str = "de") -> str:
    """The lemma of one word form (simplemma, cached per form); lower case where unsupported."""
    return lemma_of(word, language)


def lemma_of(word: str, language: str = "de") -> str:
    """``lemmatize`` without its cache, for segmentation, which remembers each form's analysis: an
    ``lru_cache`` miss per new form cost more than the plain call."""
    if language == "de":
        return lemma_cache.lemma_de(word)
    if language in _SIMPLEMMA_LANGUAGES:
        return simplemma.lemmatize(word, lang=language)
    return word.lower()


def _token_kind(surface: str) -> str:
    if surface[0].isdigit() and not any(c.isalpha() for c in surface):
        return "number"
    if surface[0].isalnum() or surface[0] == "_":
        return "word"
    return "punct"


def count_words(text: str) -> int:
    """The number of word and number tokens of ``text``, as segmentation would find them (no lemmas)."""
    return sum(1 for match in TOKEN_PATTERN.finditer(text) if _token_kind(match.group()) != "punct")


# ``Final``: the compiled build reads these names as constants or static variables, not from the module's
# dict at each use (the tables stay mutable)
WORD_CACHE_SIZE: Final = 262_144  # word forms remembered per language; cleared when full (bounded memory)
# kind, lemma, (lower-case form, lower-case lemma), speaker flags (``speakers.form_flags``)
_Analysis = tuple[str, str, tuple[str, str], int, str]  # kind, lemma, keys, flags, the form as remembered
_WORDS: Final[dict[str, dict[str, _Analysis]]] = {}  # language → surface → analysis
on_reset(_WORDS.clear)  # the speaker flags come from reloadable word lists
MARK_SHIFT: Final = 16  # the measures' marks (``register_form_mark``) are bits above the speaker flags'
SPEAKER_FLAGS: Final = (1 << MARK_SHIFT) - 1  # a form's flags without the marks
_WordTest = Callable[[str, str, str, str], bool]  # (surface, lemma, lower-case form, lower-case lemma)
# the same four columns of all of an article's new words at once → one truth value per word, in order
_WordsTest = Callable[[list[str], list[str], list[str], list[str]], Iterable[bool]]
_MARKED_FORMS: Final[dict[str, int]] = {}  # lower-case form → the bits of the marks that name it
_MARK_TESTS: Final[list[tuple[int, _WordsTest]]] = []  # (bit, test of all new words) of the marks with one
_MARK_PATTERNS: Final[list[tuple[int, Callable[[], re.Pattern[str]]]]] = []  # (bit, pattern) of ``holding``
_MARK_BITS: Final = [0]  # how many bits the marks take


def register_form_mark(
    forms: frozenset[str] = frozenset(),
    words: _WordTest | None = None,
    holding: Callable[[], re.Pattern[str]] | None = None,
    all_words: _WordsTest | None = None,
) -> int:
    """A measure's mark on the word forms it looks at: the lower-case ``forms`` (any token kind),
    the words (tokens of kind "word") for which ``words(surface, lemma, lower-case form, lower-case
    lemma)`` holds, and the words whose lower-case form ``holding()`` finds a match in (a pattern
    that never matches across a line break: the new words of an article are searched together,
    one a line, by one ``finditer``) and those ``all_words`` (``words`` for the columns of all the new
    words of an article at once: lists of surfaces, lemmas, lower-case forms and lower-case lemmas,
    giving one truth value per word, so that a test can skip most words by a C call instead of
    a Python call per word, speed round 40). Segmentation decides it once per new word form, beside its
    speaker flags, and sets the returned bit in the form's flags: the measure then finds its
    tokens among the flagged ones (``Doc.marked``) instead of testing every token. ``words``,
    ``all_words`` and ``holding`` must depend on the form alone (or on data that ``resources.reset``
    reloads, which clears the table)."""
    bit = 1 << (MARK_SHIFT + _MARK_BITS[0])
    _MARK_BITS[0] += 1
    for form in forms:
        _MARKED_FORMS[form] = _MARKED_FORMS.get(form, 0) | bit
    if words is not None:
        _MARK_TESTS.append((bit, partial(map, words)))
    if all_words is not None:
        _MARK_TESTS.append((bit, all_words))
    if holding is not None:
        _MARK_PATTERNS.append((bit, holding))
    _WORDS.clear()  # the forms analysed before lack the new mark
    return bit


def _analyse_words(surfaces: list[str], language: str) -> list[_Analysis]:
    """(kind, lemma, (lower-case form, lower-case lemma), speaker flags and marks, the form) of each
    new surface form, all of an article's together. The flags are worked out here, once per form like
    the lemma, so that sourcing reads them by token index instead of looking each token's text up
    in a dict of its own; so are the measures' marks (``register_form_mark``: one look-up for the
    named forms, a test of words, one pattern search over all the new words at once)."""
    kinds = ["word"] * len(surfaces)  # a form opening with a letter is a word: only the others are asked
    for i in compress(range(len(surfaces)), map(not_, map(str.isalpha, map(itemgetter(0), surfaces)))):
        kinds[i] = _token_kind(surfaces[i])  # (a Python call per form cost more than these C calls)
    lemmas = list(surfaces)
    words = [i for i, kind in enumerate(kinds) if kind == "word"]
    if language == "de":  # the German dictionary's look-ups together
        for i, lemma in zip(words, lemma_cache.lemmas_de([surfaces[i] for i in words]), strict=True):
            lemmas[i] = lemma
    else:
        for i in words:
            lemmas[i] = lemma_of(surfaces[i], language)
    lower = list(map(str.lower, surfaces))
    keys = list(zip(lower, map(str.lower, lemmas), strict=True))
    flags = [
        form_flags(s, lemma) | _MARKED_FORMS.get(form, 0)
        for s, lemma, form in zip(surfaces, lemmas, lower, strict=True)
    ]
    if _MARK_TESTS and words:  # each test over the words' columns at once (a test of one word by ``map``)
        columns = (
            [surfaces[i] for i in words],
            [lemmas[i] for i in words],
            [lower[i] for i in words],
            [keys[i][1] for i in words],
        )
        for bit, test in _MARK_TESTS:
            for i in compress(words, test(*columns)):
                flags[i] |= bit
    if _MARK_PATTERNS and words:
        lines = "\n".join([lower[i] for i in words])
        starts = list(accumulate([len(lower[i]) + 1 for i in words[:-1]], initial=0))
        for bit, holding in _MARK_PATTERNS:
            for match in holding().finditer(lines):
                flags[words[bisect_right(starts, match.start()) - 1]] |= bit
    return list(zip(kinds, lemmas, keys, flags, surfaces, strict=True))


def _analyses(surfaces: list[str], language: str) -> list[_Analysis]:
    """``_analyse_words`` of each surface form, remembered per form and language
    (``memo.remembered_all``: no Python step per token; the forms seen for the first time are
    analysed once each, together)."""
    words = _WORDS.setdefault(language, {})
    return remembered_all(words, surfaces, lambda new: _analyse_words(new, language), WORD_CACHE_SIZE)


def segment(article: Article, engine: str = "rules") -> Doc:
    """Split ``article.text`` into paragraphs, sentences and lemmatized tokens."""
    if engine == "somajo":
        return _segment_somajo(article)
    if engine != "rules":
        raise ValueError(f"unknown segmentation engine {engine!r}; use 'rules' or 'somajo'")
    text = article.text
    language = article.language or "de"
    # The whole text is tokenized in one pass, each step over all tokens at once (no Python loop per
    # token): the same tokens as sentence by sentence, since every sentence ends before a space or
    # at the end of the text and no token holds a space.
    surfaces, starts, ends = _token_spans(text)
    analyses = _analyses(surfaces, language)
    paragraphs: list[Paragraph] = []
    sentences: list[Sentence] = []
    sentence_of: list[int] = []  # each token's sentence
    for paragraph_start, paragraph_end in _joined(_split_keep(text, 0, len(text), _PARAGRAPH_BREAK), text):
        paragraph_index = len(paragraphs)
        paragraphs.append(Paragraph(paragraph_start, paragraph_end))
        for sentence_start, sentence_end in sentence_bounds(text, paragraph_start, paragraph_end):
            first = len(sentence_of)
            end = bisect_left(starts, sentence_end, first)
            sentence_of.extend(repeat(len(sentences), end - first))
            sentences.append(Sentence(sentence_start, sentence_end, paragraph_index, first, end))
    # the analyses' fields, each in token order, by one transposition in C (``zip``), not a pass of
    # an ``itemgetter`` over the analyses per field (five calls a token); each token's text is the
    # string remembered with its form's analysis, not the one just matched: the same object in every
    # article, so the per-form memos keyed by it (lexicon hits, syllables, sourcing's) find it by
    # identity instead of comparing its letters with the stored key's
    kinds_, lemmas, keys, flags, texts = zip(*analyses, strict=True) if analyses else ((), (), (), (), ())
    kinds = list(kinds_)  # kept: the measures count and pick tokens by kind in C
    tokens = _tokens(starts, ends, texts, lemmas, kinds, sentence_of)
    return Doc(
        article=article,
        paragraphs=paragraphs,
        sentences=sentences,
        tokens=tokens,
        _keys=list(keys),
        _flags=list(flags),
        _starts=starts,
        _kinds=kinds,
        _marked=True,
    )


# Characters each of which the token pattern reads as a token of its own wherever it stands (none is a
# word character or a space: ``tests/test_speed43.py``), stripped off a piece around its run of letters.
_PUNCTUATION: Final = ",.;:!?()[]{}\"'„“”‚‘’«»‹›–—-/…%&+*=<>|#§$€@^~`°"


def _token_spans(text: str) -> tuple[list[str], list[int], list[int]]:
    """Each token's text, start and end offset in ``text``, as ``_SPACED_TOKEN.findall`` reads them (the
    text's closing spaces left out), by one loop over the text's pieces between spaces: a piece that is
    all ``\\w`` but "_" is one token, one with a character of ``_PUNCTUATION`` after it two, any other
    goes to the pattern alone (the reading of ``_surfaces_ends_by_pieces``). Compiled, the loop is
    native and appends each piece's tokens with their offsets: a third of the instructions of ``findall``
    and under half of those of that function's passes and splices (speed round 48); pure Python keeps
    the passes in C (``_token_spans_by_pieces``)."""
    surfaces: list[str] = []
    starts: list[int] = []
    ends: list[int] = []
    end = -1
    for piece in text[: len(text.rstrip())].split(" "):
        start = end + 1
        end = start + len(piece)
        if piece.isalnum():
            surfaces.append(piece)
            starts.append(start)
            ends.append(end)
        elif piece[:-1].isalnum() and piece[-1] in _PUNCTUATION:  # "Wien," "sagte."
            surfaces.append(piece[:-1])
            starts.append(start)
            ends.append(end - 1)
            surfaces.append(piece[-1])
            starts.append(end - 1)
            ends.append(end)
        else:  # "(APA)", "Ukraine-Krieg", "1.000", a line break, nothing between two spaces
            position = start
            for spaced in _SPACED_TOKEN.findall(piece):
                surface = spaced.lstrip()
                position += len(spaced)
                surfaces.append(surface)
                starts.append(position - len(surface))
                ends.append(position)
    return surfaces, starts, ends


def _surfaces_ends_by_pieces(text: str) -> tuple[list[str], list[int]]:
    r"""Each token's text and end offset in ``text``, as ``_SPACED_TOKEN.findall(text, 0,
    len(text.rstrip()))`` reads them, the pattern only where it is needed (speed round 43). ``findall``
    pays about 2,500 instructions a token (a match's set-up, its data stack allocated and freed, two
    strings), and most tokens are a run of letters or digits between two spaces: the text is split at its
    spaces (no token holds one) and each piece that is all ``\w`` but "_" (``str.isalnum``, the
    same test as ``re``'s ``\w``) is one token, as the pattern would read it (``\w++``: nothing
    after it within the piece). A piece that is such a run between characters of ``_PUNCTUATION``
    ("Wien,", "(APA)", "„Wir", "–") is those characters one a token and the run: none of them is a
    word character or a space, so the pattern reads each alone, and a run followed by them is no
    number, domain or compound (each needs a word character after its full stop, hyphen or
    apostrophe). Any other piece (a line break, a number "1.000,5", "Ukraine-Krieg", "tagesspiegel.de",
    an empty piece between two spaces) goes to the pattern, alone: no token spans a space, and
    every lookaround of the pattern reads a space as it reads the piece's end."""
    pieces = text[: len(text.rstrip())].split(" ")
    ends = list(map(add, accumulate(map(len, pieces)), range(len(pieces))))
    # the other pieces replaced by their tokens from the last one back, so that the indexes before
    # stay where they are
    for i in reversed(list(compress(range(len(pieces)), map(not_, map(str.isalnum, pieces))))):
        piece = pieces[i]
        if piece[:-1].isalnum() and piece[-1] in _PUNCTUATION:  # most often: "Wien," "sagte."
            end = ends[i]
            pieces[i : i + 1] = piece[:-1], piece[-1]
            ends[i : i + 1] = end - 1, end
            continue
        end = ends[i]
        start = end - len(piece)
        core = piece.strip(_PUNCTUATION)
        if not core:  # punctuation only ("–", "“,"), or nothing (two spaces)
            pieces[i : i + 1] = piece
            ends[i : i + 1] = range(start + 1, end + 1)
        elif core.isalnum():  # "(APA)", "„Wir", "Krieg“."
            lead = len(piece) - len(piece.lstrip(_PUNCTUATION))
            stop = start + lead + len(core)
            pieces[i : i + 1] = (*piece[:lead], core, *piece[lead + len(core) :])
            ends[i : i + 1] = (*range(start + 1, start + lead + 1), stop, *range(stop + 1, end + 1))
        else:
            spaced = _SPACED_TOKEN.findall(piece)
            pieces[i : i + 1] = map(str.lstrip, spaced)
            ends[i : i + 1] = accumulate(map(len, spaced), initial=start)
            del ends[i]  # the piece's start
    return pieces, ends


def _token_spans_by_pieces(text: str) -> tuple[list[str], list[int], list[int]]:
    """``_token_spans`` in pure Python: ``_surfaces_ends_by_pieces``, each start its end less its length."""
    surfaces, ends = _surfaces_ends_by_pieces(text)
    return surfaces, list(map(sub, ends, map(len, surfaces))), ends


in_pure_python(globals(), _token_spans, _token_spans_by_pieces)


def _tokens(
    starts: list[int],
    ends: list[int],
    texts: tuple[str, ...],
    lemmas: tuple[str, ...],
    kinds: list[str],
    sentence_of: list[int],
) -> list[Token]:
    """The tokens of those columns, in order. Compiled, one loop calling ``Token``'s native constructor
    (a ``map`` over the class calls it as a Python object: an argument tuple and their parsing per
    token, speed round 36); in pure Python ``map`` (``_tokens_by_map``), where the loop is slower."""
    return [
        Token(start, ends[index], texts[index], lemmas[index], kinds[index], sentence_of[index])
        for index, start in enumerate(starts)
    ]


def _tokens_by_map(
    starts: list[int],
    ends: list[int],
    texts: tuple[str, ...],
    lemmas: tuple[str, ...],
    kinds: list[str],
    sentence_of: list[int],
) -> list[Token]:
    return list(map(Token, starts, ends, texts, lemmas, kinds, sentence_of))


in_pure_python(globals(), _tokens, _tokens_by_map)


@lru_cache(maxsize=1)
def _somajo_tokenizer():
    try:
        from somajo import SoMaJo
    except ImportError as error:  # pragma: no cover - depends on the optional extra
        raise RuntimeError("the SoMaJo engine needs: pip install 'framing[somajo]'") from error
    return SoMaJo("de_CMC", split_camel_case=False, character_offsets=True)


def _segment_somajo(article: Article) -> Doc:
    text = article.text
    language = article.language or "de"
    tokenizer = _somajo_tokenizer()
    paragraphs: list[Paragraph] = []
    sentences: list[Sentence] = []
    tokens: list[Token] = []
    for paragraph_start, paragraph_end in _joined(_split_keep(text, 0, len(text), _PARAGRAPH_BREAK), text):
        paragraph_index = len(paragraphs)
        paragraphs.append(Paragraph(paragraph_start, paragraph_end))
        for sentence in tokenizer.tokenize_text([text[paragraph_start:paragraph_end]]):
            first = len(tokens)
            index = len(sentences)
            for token in sentence:
                start, end = (paragraph_start + offset for offset in token.character_offset)
                surface = text[start:end]
                kind = {"symbol": "punct", "number": "number"}.get(token.token_class, "word")
                lemma = lemmatize(surface, language) if kind == "word" else surface
                tokens.append(Token(start, end, surface, lemma, kind, index))
            if len(tokens) > first:
                sentences.append(
                    Sentence(tokens[first].start, tokens[-1].end, paragraph_index, first, len(tokens))
                )
    return Doc(article=article, paragraphs=paragraphs, sentences=sentences, tokens=tokens)
