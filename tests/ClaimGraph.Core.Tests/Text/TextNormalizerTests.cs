using ClaimGraph.Core.Text;
using Xunit;

namespace ClaimGraph.Core.Tests.Text;

public sealed class TextNormalizerTests
{
    [Theory]
    [InlineData("أمريكا", "امريكا")]
    [InlineData("إسرائيل", "اسراييل")]
    [InlineData("آمال", "امال")]
    [InlineData("ٱلله", "الله")]
    [InlineData("الرقة", "الرقه")]
    [InlineData("على", "علي")]
    [InlineData("ی", "ي")]
    [InlineData("ک", "ك")]
    [InlineData("مسؤول", "مسوول")]
    public void Fold_merges_arabic_letter_variants(string text, string folded) => Assert.Equal(folded, TextNormalizer.Fold(text));

    [Theory]
    [InlineData("التَّحَالُفُ", "التحالف")]
    [InlineData("التحالـــف", "التحالف")]
    [InlineData("هٰذا", "هذا")]
    public void Fold_drops_harakat_and_tatweel(string text, string folded) => Assert.Equal(folded, TextNormalizer.Fold(text));

    [Theory]
    [InlineData("٢٠١٧", "2017")]
    [InlineData("۱۲۳", "123")]
    public void Fold_turns_arabic_indic_digits_into_ascii(string text, string folded) => Assert.Equal(folded, TextNormalizer.Fold(text));

    [Theory]
    [InlineData("ﺍﻟﺮﻗﺔ", "الرقه")]
    [InlineData("ﻻ", "لا")]
    [InlineData("ﷲ", "الله")]
    public void Fold_expands_arabic_presentation_forms(string text, string folded) => Assert.Equal(folded, TextNormalizer.Fold(text));

    [Theory]
    [InlineData("Élysée", "elysee")]
    [InlineData("SYRIAN Democratic Forces", "syrian democratic forces")]
    [InlineData("Ångström", "angstrom")]
    [InlineData("ﬁnal", "final")]
    [InlineData("ＡＢＣ", "abc")]
    [InlineData("İstanbul", "istanbul")]
    public void Fold_ignores_latin_case_accents_and_compatibility_forms(string text, string folded) =>
        Assert.Equal(folded, TextNormalizer.Fold(text));

    [Fact]
    public void Fold_keeps_spaces_and_punctuation() => Assert.Equal("a-b, c. د", TextNormalizer.Fold("A-B, C. د"));

    [Theory]
    [InlineData("\ud800")]
    [InlineData("a\udc00b")]
    [InlineData("x\ud83d")]
    public void Fold_tolerates_unpaired_surrogates(string text)
    {
        var folded = TextNormalizer.Fold(text);

        Assert.DoesNotContain(folded, char.IsSurrogate);
        Assert.Equal(text.Count(char.IsLetter), TextNormalizer.Tokens(text).Sum(t => t.Length));
    }

    [Theory]
    [InlineData("a\ufffeb")]
    [InlineData("\uffff")]
    [InlineData("ᮃ汹ꣿᆤ嫚纘䏎剪\ufffeߨຬ莗")]
    public void Fold_tolerates_noncharacters(string text) =>
        Assert.Equal(text.Count(char.IsLetter), TextNormalizer.Tokens(text).Sum(t => t.Length));

    [Fact]
    public void Fold_keeps_paired_surrogates() => Assert.Equal("🙂", TextNormalizer.Fold("🙂"));

    [Fact]
    public void Tokens_are_runs_of_letters_and_digits()
    {
        Assert.Equal(["قال", "التحالف", "الدولي", "في", "2017", "ان", "sdf"],
            TextNormalizer.Tokens("قال التحالف-الدولي، في ٢٠١٧: «إن» SDF!"));
    }

    [Fact]
    public void Tokens_are_cut_at_64_characters() =>
        Assert.Equal(64, Assert.Single(TextNormalizer.Tokens(new string('a', 200))).Length);

    [Theory]
    [InlineData("")]
    [InlineData("   ")]
    [InlineData("!!! ... ؟،")]
    public void Text_without_letters_or_digits_has_no_tokens(string text) => Assert.Empty(TextNormalizer.Tokens(text));

    [Theory]
    [InlineData("تحالف", new[] { "تحالف" })]
    [InlineData("التحالف", new[] { "تحالف" })]
    [InlineData("بيان", new[] { "بيان", "يان" })]
    [InlineData("لامريكا", new[] { "لامريكا", "امريكا" })]
    [InlineData("raqqa", new[] { "raqqa" })]
    public void Forms_are_the_stem_and_the_reading_without_a_bare_preposition(string token, string[] forms) =>
        Assert.Equal(forms, TextNormalizer.Forms(token));

    [Theory]
    [InlineData(null, "")]
    [InlineData("  ", "")]
    [InlineData("والتحالف الدولي", "تحالف دولي")]
    [InlineData("لأمريكا", "لامريكا امريكا")]
    [InlineData("والوزير الفرنسي وقال", "وزير فرنسي وقال قال")]
    [InlineData("Élysée Palace", "elysee palace")]
    public void ForIndex_lists_every_form_of_every_word(string? text, string indexed) => Assert.Equal(indexed, TextNormalizer.ForIndex(text));

    [Fact]
    public void QueryTerms_are_one_list_of_forms_per_distinct_word()
    {
        var terms = TextNormalizer.QueryTerms("التحالف والتحالف لبنان Raqqa");

        Assert.Equal(3, terms.Count);
        Assert.Equal(["تحالف"], terms[0]);
        Assert.Equal(["لبنان", "بنان"], terms[1]);
        Assert.Equal(["raqqa"], terms[2]);
    }

    [Theory]
    [InlineData("")]
    [InlineData("\"NEAR( AND OR *")]
    public void QueryTerms_never_carry_search_syntax(string query) =>
        Assert.All(TextNormalizer.QueryTerms(query).SelectMany(t => t), form => Assert.True(form.All(char.IsLetterOrDigit)));

    [Theory]
    [InlineData("التحالف", "والتحالف")]
    [InlineData("التحالف", "للتحالف")]
    [InlineData("التحالف الدولي", "التَّحَالُف الدولى")]
    [InlineData("الرقة", "الرقه")]
    [InlineData("وزير الخارجية", "ووزير الخارجية")]
    [InlineData("ترامب", "وترامب")]
    [InlineData("Syrian Democratic Forces", "syrian  democratic-forces")]
    [InlineData("Élysée", "ELYSEE")]
    public void Key_is_equal_for_spelling_variants_of_a_name(string a, string b) => Assert.Equal(TextNormalizer.Key(a), TextNormalizer.Key(b));

    [Theory]
    [InlineData("قسد", "داعش")]
    [InlineData("Coalition", "Coalitions")]
    public void Key_differs_for_different_names(string a, string b) => Assert.NotEqual(TextNormalizer.Key(a), TextNormalizer.Key(b));
}
