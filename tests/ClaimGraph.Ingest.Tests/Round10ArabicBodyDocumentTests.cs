using ClaimGraph.Ingest.Rules;
using Xunit;

namespace ClaimGraph.Ingest.Tests;

/// <summary>Round 10: "الجمعية" for a body named in marks before it, and "التقرير" / "البيان" for the body that spoke last, on sentences written for these tests.</summary>
public sealed class Round10ArabicBodyDocumentTests
{
    [Fact]
    public void The_body_is_the_one_named_in_marks_before_it()
    {
        const string text = "نشرت جمعية «الأرض الخضراء» دراسة عن تلوث الشواطئ. وقالت الجمعية إن نصف الشواطئ غير صالحة للسباحة.";
        Assert.Equal("الأرض الخضراء", Assert.Single(StatementExtractor.Extract(text, "ar")).Speaker!.Name);
    }

    [Fact]
    public void The_report_is_the_body_that_spoke_before_it()
    {
        const string text = "قالت منظمة «عين الرقيب» إن السجون مكتظة. وبحسب التقرير، فإن ثلث السجناء لم يحاكموا بعد.";
        var found = StatementExtractor.Extract(text, "ar");
        Assert.Equal(2, found.Count);
        Assert.Equal("عين الرقيب", found[1].Speaker!.Name);
    }

    [Fact]
    public void A_report_after_a_person_or_alone_stays_as_written()
    {
        const string person = "قال الباحث سمير داود إن السجون مكتظة. وبحسب التقرير، فإن ثلث السجناء لم يحاكموا بعد.";
        Assert.Equal("التقرير", StatementExtractor.Extract(person, "ar")[^1].Speaker!.Name);

        const string alone = "وبحسب التقرير، فإن ثلث السجناء لم يحاكموا بعد.";
        Assert.Equal("التقرير", Assert.Single(StatementExtractor.Extract(alone, "ar")).Speaker!.Name);

        // A report that spoke in its own right (تقرير صادر عن) is that report when named again.
        const string issued = "حذّر تقرير صادر عن مرصد المناخ من أن الجفاف سيتفاقم. ووفق التقرير، فإن الأمطار تراجعت بنسبة الثلث.";
        Assert.Equal("التقرير", StatementExtractor.Extract(issued, "ar")[^1].Speaker!.Name);

        const string unmarked = "نشرت جمعية خيرية دراسة عن الشواطئ. وقالت الجمعية إن نصف الشواطئ ملوثة.";
        Assert.Equal("الجمعية", Assert.Single(StatementExtractor.Extract(unmarked, "ar")).Speaker!.Name);
    }
}
