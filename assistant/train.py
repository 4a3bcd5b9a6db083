"""Fitting the span ranker on labelled sets, and leave-one-set-out cross-validation.

Every question of a labelled set is asked up to the ranking: its candidate spans get their
features, and a span is a positive example when it is at a gold clause of the question.
Unanswerable questions (those of the sets, and generated ones: a year no document gives,
a personal detail of someone the documents name) give only negatives and set the
abstention threshold: the probability under which the best span is not taken as an
answer, chosen on out-of-fold scores so that it holds on documents the model never saw.

``assistant train`` fits the model on every set that is not frozen and writes
``assistant/data/ranker.json``; ``assistant eval --cv`` trains on all sets but one,
evaluates on that one, for each set.
"""

from __future__ import annotations

import dataclasses
import logging
import re
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field

import numpy as np

from assistant.chat import Assistant
from assistant.config import Settings
from assistant.evaluation import Question, at_clause, load_questions
from assistant.figures import YEAR
from assistant.index import Index
from assistant.rank import FEATURES, RankerModel
from assistant.sets import LabelledSet
from assistant.spans import PERSON

logger = logging.getLogger(__name__)

#: Regularisation of the logistic model (inverse strength). Chosen by leave-one-set-out
#: cross-validation on the new documents, as was the model itself: top span at the gold
#: 53.4% for this model, 51.7% for LightGBM LambdaRank trees, 53.9% for both averaged.
C = 0.5
#: Templates of questions about someone the documents name, that no document answers.
PERSONAL = (
    "Quelle est la date de naissance de {name} ?",
    "Combien d'enfants a {name} ?",
    "Quelle est la nationalité de {name} ?",
    "Quel est le numéro de téléphone personnel de {name} ?",
    "Which university did {name} graduate from?",
    "Is {name} married?",
    "What sport does {name} practise?",
)
#: How many generated unanswerable questions a set adds (half of absent years, half about
#: people). Chosen by cross-validation: 12 rather than 6 took abstention on new documents
#: from 42.3% to 45.3% and correct answers from 50.0% to 50.3%.
GENERATED = 12


@dataclass
class Examples:
    """The candidate spans of a set's questions, their features and labels.

    ``group[i]`` is the ranking (question part) of row ``i``; ``owner[g]`` the question a
    ranking belongs to and ``answerable[q]`` whether question ``q`` has an answer.
    """

    name: str
    matrix: np.ndarray
    labels: np.ndarray
    group: np.ndarray
    owner: list[int] = field(default_factory=list)
    answerable: list[bool] = field(default_factory=list)
    #: whether each question names what no document has (answered by no span)
    blocked: list[bool] = field(default_factory=list)

    @staticmethod
    def join(parts: Sequence[Examples]) -> Examples:
        """One set of examples from several, groups and questions renumbered."""
        matrices, labels, groups, owners, answerable, blocked = [], [], [], [], [], []
        groups_seen = questions_seen = 0
        for part in parts:
            matrices.append(part.matrix)
            labels.append(part.labels)
            groups.append(part.group + groups_seen)
            owners += [q + questions_seen for q in part.owner]
            answerable += part.answerable
            blocked += part.blocked
            groups_seen += len(part.owner)
            questions_seen += len(part.answerable)
        width = len(FEATURES)
        return Examples("+".join(p.name for p in parts),
                        np.vstack(matrices) if matrices else np.zeros((0, width)),
                        np.concatenate(labels) if labels else np.zeros(0),
                        np.concatenate(groups) if groups else np.zeros(0, dtype=int),
                        owners, answerable, blocked)


def generated_questions(index: Index, questions: list[Question],
                        count: int = GENERATED) -> list[Question]:
    """Unanswerable questions made from a corpus: absent years and personal details.

    A figure question is asked again of a year after every year the documents give; a
    question about a person the documents name asks what no document says of them.
    """
    years = {int(y) for record in index.documents() for y in YEAR.findall(record.text)}
    absent = str(max(years, default=2030) + 3)
    out: list[Question] = []
    for question in questions:
        if len(out) >= count // 2:
            break
        found = YEAR.findall(question.question)
        if question.answerable and found and not question.history:
            text = question.question.replace(found[-1], absent)
            out.append(Question(f"{question.id}-year", "unanswerable", question.lang, text, (),
                                False, (), ()))
    names = sorted({_name(m.group(0)) for record in index.documents()
                    for m in PERSON.finditer(record.text)} - {""})
    for number, name in enumerate(names[: count - len(out)]):
        template = PERSONAL[number % len(PERSONAL)]
        out.append(Question(f"generated-person-{number}", "unanswerable",
                            "en" if template[0] in "WH" else "fr", template.format(name=name),
                            (), False, (), ()))
    return out


def _name(found: str) -> str:
    """A person's name from a match of ``PERSON`` ("M. Nicolas BODIN" -> "Nicolas BODIN")."""
    found = re.sub(r"^(?:M\.|Mme|MM\.|Monsieur|Madame)\s+", "", found)
    words = [w for w in re.split(r"[\s,]+", found) if w[:1].isupper()]
    return " ".join(words[:2]) if len(words) >= 2 else ""


def collect(labelled: LabelledSet, settings: Settings,
            generate: bool = True) -> tuple[Examples, Index, list[Question]]:
    """The examples of a set's questions, with the index they are asked of."""
    if labelled.questions is None:
        raise ValueError(f"set {labelled.name} has no questions")
    index = labelled.index(settings)
    questions = load_questions(labelled.questions, index)
    if generate:
        questions += generated_questions(index, questions)
    assistant = Assistant(index)
    answerer = assistant.answerer
    rows: list[tuple[float, ...]] = []
    labels: list[float] = []
    group: list[int] = []
    owner: list[int] = []
    blocked: list[bool] = []
    for number, question in enumerate(questions):
        blocked.append(False)
        for analysis, part in assistant.candidates(question.question, question.history):
            if not part:
                continue
            blocked[-1] = blocked[-1] or answerer.blocked(analysis, part) is not None
            for evidence in part:
                # a span is right when the answer built on it cites a gold clause first
                cited = answerer.first_cited(analysis, evidence)
                rows.append(evidence.features)
                labels.append(float(any(at_clause(*cited, gold) for gold in question.gold)))
                group.append(len(owner))
            owner.append(number)
    examples = Examples(labelled.name, np.asarray(rows, dtype=float).reshape(-1, len(FEATURES)),
                        np.asarray(labels), np.asarray(group, dtype=int), owner,
                        [q.answerable for q in questions], blocked)
    logger.info("%s: %d questions, %d candidate spans, %d at a gold clause", labelled.name,
                len(questions), len(rows), int(sum(labels)))
    return examples, index, questions


def fit(examples: Examples, threshold: float = 0.5, c: float = C) -> RankerModel:
    """A logistic model of "this span is at the gold clause" over standardised features."""
    from sklearn.linear_model import LogisticRegression
    from sklearn.preprocessing import StandardScaler

    scaler = StandardScaler().fit(examples.matrix)
    scale = np.where(scaler.scale_ > 0, scaler.scale_, 1.0)
    model = LogisticRegression(C=c, max_iter=3000)
    model.fit((examples.matrix - scaler.mean_) / scale, examples.labels)
    return RankerModel(FEATURES, tuple(float(v) for v in scaler.mean_),
                       tuple(float(v) for v in scale), tuple(float(v) for v in model.coef_[0]),
                       float(model.intercept_[0]), threshold)


@dataclass(frozen=True)
class Decision:
    """The best span of one question under a model.

    ``best`` is its probability, ``right`` whether it is at a gold clause; a question
    that names what no document has (``blocked``) is not answered whatever it scores.
    """

    best: float
    right: bool
    answerable: bool
    blocked: bool = False


def decisions(model: RankerModel, examples: Examples) -> list[Decision]:
    """For each question: the probability of its best span and whether that span is right.

    A question in parts is taken at its weakest part (each part must be answered).
    """
    scores = model.probabilities(examples.matrix)
    best: dict[int, list[tuple[float, bool]]] = {}
    for g in range(len(examples.owner)):
        rows = np.flatnonzero(examples.group == g)
        if not len(rows):
            continue
        top = rows[int(np.argmax(scores[rows]))]
        best.setdefault(examples.owner[g], []).append((float(scores[top]),
                                                       bool(examples.labels[top])))
    out = []
    for question, answerable in enumerate(examples.answerable):
        parts = best.get(question, [(0.0, False)])
        out.append(Decision(min(p for p, _ in parts), any(r for _, r in parts), answerable,
                            examples.blocked[question]))
    return out


def choose_threshold(found: list[Decision]) -> float:
    """The abstention threshold that gets most questions right on out-of-fold scores.

    An answerable question is right when its best span is at the gold clause and scores
    above the threshold; an unanswerable one when its best span scores below it. A
    blocked question is abstained on whatever the threshold: it does not weigh.
    """
    weighing = [d for d in found if not d.blocked]
    candidates = sorted({round(d.best, 4) for d in weighing} | {0.5})

    def score(threshold: float) -> tuple[int, float]:
        right = sum((d.best >= threshold and d.right) if d.answerable else d.best < threshold
                    for d in weighing)
        return right, -abs(threshold - 0.5)  # among equals, the one nearest 0.5
    return max(candidates, key=score)


def out_of_fold(sets: list[Examples], c: float = C) -> list[Decision]:
    """Each set's decisions under a model trained on the other sets."""
    found: list[Decision] = []
    for held in range(len(sets)):
        model = fit(Examples.join([s for k, s in enumerate(sets) if k != held]), c=c)
        found += decisions(model, sets[held])
    return found


def train(sets: list[Examples], c: float = C) -> RankerModel:
    """The model fitted on every set, with its threshold chosen out of fold."""
    held_out = out_of_fold(sets, c)
    threshold = choose_threshold(held_out)
    joined = Examples.join(sets)
    model = fit(joined, threshold, c)
    found = decisions(model, joined)
    answered = [d for d in held_out if not d.blocked]
    report = {
        "model": "logistic regression over standardised features",
        "regularisation_C": c,
        "sets": [s.name for s in sets],
        "questions": sum(len(s.answerable) for s in sets),
        "candidate_spans": int(sum(len(s.labels) for s in sets)),
        "positive_spans": int(sum(s.labels.sum() for s in sets)),
        "threshold": threshold,
        "out_of_fold_top1_at_gold": _share([d.right for d in held_out if d.answerable]),
        "out_of_fold_answered_right": _share([d.right and d.best >= threshold
                                              for d in answered if d.answerable]),
        "out_of_fold_abstained_unanswerable": _share([d.blocked or d.best < threshold
                                                      for d in held_out if not d.answerable]),
        "training_top1_at_gold": _share([d.right for d in found if d.answerable]),
    }
    return dataclasses.replace(model, report=report)


def _share(values: list[bool]) -> float:
    return round(sum(values) / len(values), 4) if values else 0.0


def cross_validate(sets: list[Examples], evaluate: Callable[[int, RankerModel], object],
                   c: float = C) -> list[object]:
    """For each set, ``evaluate(index_of_set, model)`` with a model trained on the others.

    The threshold of each model is itself chosen out of fold on the other sets.
    """
    out = []
    for held in range(len(sets)):
        others = [s for k, s in enumerate(sets) if k != held]
        out.append(evaluate(held, train(others, c)))
    return out
