from __future__ import annotations

from pathlib import Path

import pytest

from defcoop.errors import DataError
from defcoop.read import detect_language
from defcoop.read.language import lexicon_path, load_model

SENTENCES = [
    ("Türkiye ve Azerbaycan ortak tatbikat düzenledi.", "tr"),
    ("Tatbikat Bakü'de başladı.", "tr"),
    ("Şuşa Beyannamesi imzalandı.", "tr"),
    ("İki ülke arasında savunma sanayii iş birliği anlaşması imzalandı.", "tr"),
    ("Milli Savunma Bakanlığı, tatbikatın Konya'da yapıldığını açıkladı.", "tr"),
    ("ISPARTA'DA DÜZENLENEN TATBİKATA İKİ ÜLKENIN ÖZEL KUVVETLERİ KATILDI.", "tr"),
    ("Azerbaycan Kara Kuvvetleri Komutanı, Ankara'da Genelkurmay Başkanı ile görüştü. "
     "Görüşmede eğitim ve ortak üretim konuları ele alındı.", "tr"),
    ("Turkey and Azerbaijan held a joint military exercise in Baku.", "en"),
    ("It was signed in Şuşa by Türkiye and Azerbaijan.", "en"),
    ("The Ministry of National Defense announced that the exercise ended on Friday.", "en"),
    ("Azerbaijan's parliament ratified the Shusha Declaration.", "en"),
    ("Defense ministers met in Ankara.", "en"),
    ("IN ISTANBUL, THE TWO COUNTRIES SIGNED A DEFENSE AGREEMENT.", "en"),
    ("Baykar will deliver armed drones to the Azerbaijani Air Force, the company said "
     "on Tuesday. The contract also covers training of pilots.", "en"),
    ("Azerbaycan Cumhurbaşkanı, Türkiye ile imzalanan anlaşmanın bölgesel güvenliğe katkı "
     "sağlayacağını söyledi. Anlaşma, savunma sanayiinde ortak üretimi de kapsıyor.", "tr"),
    ("Tatbikata Türk ve Azerbaycan özel kuvvetlerinden yaklaşık 600 asker katıldı; "
     "tatbikat iki hafta sürdü.", "tr"),
    ("Nahçıvan'da düzenlenen tatbikatta tanklar, obüsler ve insansız hava araçları "
     "kullanıldı.", "tr"),
    ("About 600 troops from the special forces of both countries took part in the drills, "
     "which lasted two weeks.", "en"),
    ("Tanks, howitzers and unmanned aerial vehicles were used during the exercise held in "
     "Nakhchivan.", "en"),
    ("Erdoğan and Aliyev met in Şuşa, where they signed a declaration on allied relations.",
     "en"),
    ("12345 67 890", "und"),
    ("", "und"),
    ("TurAz 2021", "und"),
]


@pytest.mark.parametrize("text, expected", SENTENCES)
def test_language_of_short_texts(text: str, expected: str) -> None:
    assert detect_language(text) == expected


def test_packaged_lexicon_validates() -> None:
    model = load_model(lexicon_path())
    assert {p.code for p in model.profiles} == {"tr", "en"}


@pytest.mark.parametrize("yaml_text, problem", [
    ("languages: [tr]\n", "mapping"),
    ("settings: {min_words: 3, min_score: 0.1, min_margin: 0.1, letter_weight: 1, "
     "sample_chars: 10}\nlanguages:\n  tr: {stopwords: [ve, bir]}\n", "string of words"),
    ("settings: {min_words: 3, min_score: 0.1, min_margin: 0.1, letter_weight: 1, "
     "sample_chars: 10}\nlanguages:\n  tr: {stopwords: ve ile}\n  en: {stopwords: and ile}\n",
     "also under tr"),
    ("settings: {min_words: 3, min_score: -1, min_margin: 0.1, letter_weight: 1, "
     "sample_chars: 10}\nlanguages:\n  tr: {stopwords: ve}\n", "min_score"),
    ("settings: [\n", "not valid YAML"),
])
def test_bad_lexicon_is_rejected(tmp_path: Path, yaml_text: str, problem: str) -> None:
    p = tmp_path / "language.yaml"
    p.write_text(yaml_text, encoding="utf-8")
    with pytest.raises(DataError, match=problem):
        load_model(str(p))
