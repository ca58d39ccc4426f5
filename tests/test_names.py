from __future__ import annotations

import pytest

from geo.names import bracketed_part, exact_key, generic_word, is_burmese, name_key, village_part


@pytest.mark.parametrize(
    ("a", "b"),
    [
        ("Laiza", "Lai Zar"),
        ("Laiza", "Laizar"),
        ("Hpakant", "Phakant"),
        ("Hpakant", "Hpakan"),
        ("Mung Lai Hkyet", "Munglai Hkyet"),
        ("A Nang Pa", "ANang Pa"),
        ("A Nang Pa", "A’Nang Pa"),
        # a final -r before a syllable that opens with y: "Shar Yang" and "Sha Yang"
        ("Long Sha Yang", "Long Shar Yang"),
        ("Hpa Yang", "Phar Yang"),
        ("Waingmaw", "Waingmaw Township"),
        ("Kachin", "Kachin State"),
        ("\u200cေအာင်ဂျာယန်", "ေအာင်ဂျာယန်"),
    ],
)
def test_spelling_variants_share_a_key(a: str, b: str) -> None:
    assert name_key(a) == name_key(b)


@pytest.mark.parametrize(("a", "b"), [("Laiza", "Lashio"), ("Momauk", "Mansi"), ("Muse", "Mese")])
def test_different_names_keep_different_keys(a: str, b: str) -> None:
    assert name_key(a) != name_key(b)


def test_exact_key_only_folds_case_and_space() -> None:
    assert exact_key("  Lai   ZAR ") == "lai zar"
    assert exact_key("Lai Zar") != exact_key("Laiza")


def test_burmese_and_generic_words() -> None:
    assert is_burmese("လိုင်ဇာ")
    assert not is_burmese("Laiza")
    assert generic_word("Kachin State") == "state"
    assert generic_word("Laiza") is None


def test_mimus_number_after_a_repeated_name_is_no_part_of_it() -> None:
    assert name_key("Nam Hpat Kar (2)") == name_key("Namhpatkar") == name_key("Nam Hpat Kar")


def test_the_part_of_a_village_mimu_names_in_brackets_is_no_part_of_its_name() -> None:
    assert name_key("Oe Htein Kwin (South)") == name_key("Oe Htein Kwin")
    assert name_key("Chaung Ma (West)") == name_key("Chaung Ma")
    assert name_key("Chaung Ma (Westside)") != name_key("Chaung Ma")


@pytest.mark.parametrize(
    ("text", "told"),
    [
        ("Upper Nyaungkone", ("upper", "Nyaungkone")),
        ("north  Kan Gyi", ("north", "Kan Gyi")),
        ("Nyaung Kone (Upper)", ("upper", "Nyaung Kone")),
        ("Chaung Ma (West)", ("west", "Chaung Ma")),
        ("Nyaung Kone", None),
        ("Upper", None),
        ("Nam Hpat Kar (2)", None),  # MIMU's second place of the name, no part of one
        ("Chaung Ma (Westside)", None),
    ],
)
def test_the_part_of_a_village_a_name_tells(text: str, told: tuple[str, str] | None) -> None:
    assert village_part(text) == told


@pytest.mark.parametrize(
    ("name", "part"),
    [
        ("Oe Htein Kwin (South)", "south"),
        ("Nyaung Kone (Upper)", "upper"),
        ("Upper Nyaungkone", None),  # a part as reports write it, not as MIMU names it
        ("Nam Hpat Kar (2)", None),
        ("Kan Gyi", None),
    ],
)
def test_the_part_mimu_names_in_brackets(name: str, part: str | None) -> None:
    assert bracketed_part(name) == part
