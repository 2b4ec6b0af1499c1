"""Sentence and heading segmentation with offsets."""

import pytest

from defcoop.detect.sentences import is_spaced, looks_like_heading, sentences


@pytest.mark.parametrize("text,count", [
    ("Tatbikat yapıldı. Bakü'de sürdü.", 2),
    ("Yanarışık vd. (2022) bunu yazdı. İkinci cümle.", 2),
    ("Şehit İs. Asb. Kd. Üçvş. İlhan Hamlı Alanı'nda yapıldı. Sonra bitti.", 2),
    ("II. Karabağ Savaşı 2020'de bitti. Sonra barış geldi.", 2),
    ("The drill, e.g. live fire, ended. Troops left.", 2),
    ("3. Ordu Komutanlığı katıldı. Tatbikat bitti.", 2),
    ("Gen. Smith said so. The exercise ended.", 2),
])
def test_sentence_counts(text: str, count: int) -> None:
    assert len(sentences(text)) == count


def test_offsets_match_text() -> None:
    text = "Birinci cümle.  İkinci cümle burada. Üçüncü!"
    for s in sentences(text):
        assert text[s.start:s.end] == s.text


def test_news_paragraphs_and_title() -> None:
    text = "Ortak tatbikat başladı\n\nTatbikat bugün başladı. Yarın bitecek.\n\nİkinci paragraf."
    ss = sentences(text)
    assert ss[0].text == "Ortak tatbikat başladı"
    assert ss[0].paragraph != ss[1].paragraph
    assert [s.paragraph for s in ss[1:3]] == [ss[1].paragraph] * 2
    assert ss[3].paragraph != ss[1].paragraph


def test_spaced_pdf_text_is_recognized() -> None:
    lines = ["Türkiye ve Azerbaycan arasındaki ilişkiler tarihsel bağlarla", "",
             "şekillenmiştir ve bu bağların temelinde ortak bir dil", "",
             "yatmaktadır. İki ülke arasındaki askeri iş birliği 1992", "",
             "yılında başlamış ve giderek derinleşmiştir bu süreçte", "",
             "önemli anlaşmalar imzalanmıştır."]
    text = "\n".join(lines)
    assert is_spaced(text)
    assert len(sentences(text)) == 2


@pytest.mark.parametrize("line,ok", [("Askeri Tatbikatlar", True), ("Şuşa Beyannamesi", True),
                                     ("bu cümle küçük harfle başlıyor", False),
                                     ("Tatbikat yapıldı.", False)])
def test_heading_shape(line: str, ok: bool) -> None:
    assert looks_like_heading(line) == ok
