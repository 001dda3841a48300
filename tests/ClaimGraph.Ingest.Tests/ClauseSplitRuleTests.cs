using ClaimGraph.Core.Model;
using ClaimGraph.Ingest.Rules;
using Xunit;

namespace ClaimGraph.Ingest.Tests;

/// <summary>
/// Reported words holding a second proposition after "، حيث" / "، لأن" / "، وهناك" / "، خاصة وأن", on sentences
/// written for these tests (not the seed's or the evaluation sets').
/// </summary>
public sealed class ClauseSplitRuleTests
{
    [Fact]
    public void A_clause_after_comma_haythu_is_a_second_statement_of_the_same_speaker_and_relay()
    {
        const string text = "وقال مسؤول محلي لوكالة أنباء الجنوب إن الطريق أغلق أمام الشاحنات، حيث تضررت الجسور بفعل السيول.";
        var found = StatementExtractor.Extract(text, "ar");

        Assert.Equal(2, found.Count);
        Assert.Equal("الطريق أغلق أمام الشاحنات", found[0].Content.Text);
        Assert.Equal("حيث تضررت الجسور بفعل السيول", found[1].Evidence.Text);
        Assert.Same(found[0].Speaker, found[1].Speaker);
        Assert.Equal(Stance.Asserts, found[1].Stance);
        Assert.Equal("وكالة أنباء الجنوب", found[1].RelayedBy!.Name);
    }

    [Fact]
    public void A_quote_is_split_at_comma_li_anna_and_at_comma_wa_hunaka()
    {
        const string text = "وأضافت الوزيرة: \"لن نرفع أسعار الخبز هذا العام، لأن المخزون يكفي حتى نهاية الصيف\". "
            + "وقال الطبيب: \"استقبلنا عشرين مصاباً منذ الصباح، وهناك أنباء عن نقل آخرين إلى مستشفى المدينة\".";
        var found = StatementExtractor.Extract(text, "ar");

        Assert.Equal(
            ["لن نرفع أسعار الخبز هذا العام", "لأن المخزون يكفي حتى نهاية الصيف", "استقبلنا عشرين مصاباً منذ الصباح", "وهناك أنباء عن نقل آخرين إلى مستشفى المدينة"],
            found.Select(f => f.Evidence.Text));
        Assert.Equal(["الوزيرة", "الوزيرة", "الطبيب", "الطبيب"], found.Select(f => f.Speaker!.Name));
    }

    [Fact]
    public void A_parenthetical_khassatan_wa_anna_is_a_statement_inside_the_one_it_interrupts()
    {
        const string text = "ونفت الشركة وجود تسرب في الخزان، خاصة وأن أجهزة القياس لم تسجل أي ارتفاع، إلى جانب سلامة الصمامات.";
        var found = StatementExtractor.Extract(text, "ar");

        Assert.Equal(2, found.Count);
        Assert.Equal(Stance.Denies, found[0].Stance);
        Assert.EndsWith("إلى جانب سلامة الصمامات", found[0].Evidence.Text, StringComparison.Ordinal);
        Assert.Equal("خاصة وأن أجهزة القياس لم تسجل أي ارتفاع", found[1].Evidence.Text);
        Assert.Equal(Stance.Asserts, found[1].Stance);
        Assert.Equal("الشركة", found[1].Speaker!.Name);
    }

    [Fact]
    public void No_split_without_the_comma_for_an_adjective_khassa_or_for_a_clause_too_short_to_hold_a_claim()
    {
        var where = Assert.Single(StatementExtractor.Extract("وقال المتحدث إن القوات الخاصة انتشرت في الحي حيث وقع الانفجار.", "ar"));
        Assert.Equal("القوات الخاصة انتشرت في الحي حيث وقع الانفجار", where.Content.Text);

        var special = Assert.Single(StatementExtractor.Extract("وأوضح القائد أن الفرقة انسحبت من المطار، خاصة الوحدات المدرعة منها.", "ar"));
        Assert.EndsWith("خاصة الوحدات المدرعة منها", special.Content.Text, StringComparison.Ordinal);

        var brief = Assert.Single(StatementExtractor.Extract("وأكد المدير أن المصنع سيغلق أبوابه، لأنه خاسر.", "ar"));
        Assert.Equal("المصنع سيغلق أبوابه، لأنه خاسر", brief.Content.Text);
    }
}
