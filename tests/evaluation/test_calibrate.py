"""Calibration: the abstention threshold and the band of weak matches above it."""

from rag.evaluation.calibrate import MIN_WEAK_BAND, WEAK_ACCURACY, choose, precision_bound, rates, weak_cut


def test_threshold_abstains_most_while_false_abstention_stays_within_five_percent():
    answerable = [(0.3 + i / 100, True) for i in range(40)]
    unanswerable = [(0.1, False), (0.2, False), (0.25, False), (0.5, False)]
    points = answerable + unanswerable
    threshold = choose(points)
    abstention, false_abstention = rates(points, threshold)
    assert false_abstention <= 0.05
    assert abstention == 0.75  # the unanswerable question scoring 0.5 cannot be caught without losing answers


def test_between_thresholds_that_catch_the_same_unanswerable_questions_the_one_with_fewer_wrong_answers_wins():
    # 40 answerable: two at 0.30 and 0.31 would be answered wrongly, the rest (0.40 up) rightly; one unanswerable
    points = [(0.30, True), (0.31, True)] + [(0.4 + i / 100, True) for i in range(38)] + [(0.2, False)]
    rights = [False, False] + [True] * 38 + [False]
    assert choose(points) == 0.3  # without outcomes: the lowest threshold that catches the unanswerable question
    assert choose(points, rights) == 0.4  # holds back the two wrong answers: 5% of 40 abstained, within the limit
    assert choose(points, [True] * 40 + [False]) == 0.3  # were they right, it would answer them


def test_the_weak_band_is_the_low_confidence_run_of_mostly_wrong_answers():
    # six answers just above the threshold, two of them right; twelve higher up, all right
    low = [(0.30, False), (0.31, True), (0.32, False), (0.33, False), (0.34, True), (0.35, False)]
    high = [(0.5 + i / 100, True) for i in range(12)]
    cut, below, above = weak_cut(low + high + [(0.1, False)], threshold=0.25)  # 0.1: abstained, not counted
    assert cut == 0.5
    assert below == round(2 / 6, 4) <= WEAK_ACCURACY
    assert above == 1.0


def test_no_weak_band_when_low_answers_are_mostly_right_or_too_few():
    right = [(0.3 + i / 100, True) for i in range(20)]
    assert weak_cut(right, threshold=0.25) == (0.25, None, 1.0)
    few_wrong = [(0.3 + i / 100, False) for i in range(MIN_WEAK_BAND - 1)] + [(0.9, True)] * 10
    assert weak_cut(few_wrong, threshold=0.25)[0] == 0.25


def test_the_band_never_splits_answers_of_equal_confidence():
    points = [(0.3, False)] * 6 + [(0.4, False), (0.4, True), (0.4, True), (0.4, True)] + [(0.8, True)] * 5
    cut, below, _ = weak_cut(points, threshold=0.25)
    assert cut in {c for c, _ in points}  # a cut falls only at a confidence some answer has: none is split
    assert cut == 0.4 and below == 0.0  # the six wrong answers at 0.3 alone; 0.4's three right ones stay above


def test_the_precision_bound_abstains_on_the_answers_that_cost_most():
    clean = [(1, 1)] * 9
    assert precision_bound(clean + [(1, 0), (2, 0)], 0) == round(9 / 12, 4)  # no abstention: plain precision
    assert precision_bound(clean + [(1, 0), (2, 0)], 1) == 0.9  # the answer with two wrong citations goes first
    assert precision_bound(clean + [(1, 0), (2, 0)], 2) == 1.0
    assert precision_bound(clean + [(1, 0)], 5) == 1.0  # answers without a wrong citation are kept
    # Not simply the most wrong citations: dropping (10, 6) leaves 10/13, dropping (3, 0) leaves 16/20.
    assert precision_bound([(10, 10), (10, 6), (3, 0)], 1) == 0.8
    assert precision_bound([], 3) is None


def test_settings_come_from_the_thresholds_file_the_environment_names(tmp_path, monkeypatch):
    from rag.answer.assistant import THRESHOLDS_FILE, calibrated, thresholds_path

    monkeypatch.delenv("RAG_THRESHOLDS", raising=False)
    assert thresholds_path() == THRESHOLDS_FILE
    own = tmp_path / "thresholds.json"
    own.write_text('{"threshold": 0.4, "typed_ratio": 0.5, "weak_below": 0.45, "rule": "mine"}', encoding="utf-8")
    monkeypatch.setenv("RAG_THRESHOLDS", str(own))
    assert calibrated() == {"threshold": 0.4, "typed_ratio": 0.5, "weak_below": 0.45}
    own.write_text("not json", encoding="utf-8")
    assert calibrated() == {}  # unreadable: the answerer's own defaults, not a crash
