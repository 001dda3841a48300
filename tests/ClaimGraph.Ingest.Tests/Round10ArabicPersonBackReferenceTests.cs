using ClaimGraph.Ingest.Rules;
using Xunit;

namespace ClaimGraph.Ingest.Tests;

/// <summary>Round 10: a surname or a bare title (الوزيرة، المدرب) stands for the person named earlier in the paragraph, on sentences written for these tests.</summary>
public sealed class Round10ArabicPersonBackReferenceTests
{
    [Fact]
    public void A_surname_is_the_full_name_written_before_it()
    {
        const string text = "استقبل رئيس الوزراء، سليم بن عمر الحداد، وفداً من المستثمرين الأجانب. وأكد الحداد أن الحكومة ستخفض الضرائب.";
        Assert.Equal("سليم بن عمر الحداد", Assert.Single(StatementExtractor.Extract(text, "ar")).Speaker!.Name);
    }

    [Fact]
    public void A_bare_title_is_the_person_who_holds_it()
    {
        const string minister = "قالت وزيرة الصحة، ليلى المرزوقي، إن اللقاحات وصلت إلى المستودعات. وأكدت الوزيرة أن الحملة ستبدأ الأحد.";
        Assert.All(StatementExtractor.Extract(minister, "ar"), f => Assert.Equal("ليلى المرزوقي", f.Speaker!.Name));

        const string coach = "قال مدرب فريق النجم، كريم العلوي، إن لاعبيه قدموا مباراة كبيرة. وشدد المدرب على أن الفريق سيعود أقوى.";
        var found = StatementExtractor.Extract(coach, "ar");
        Assert.Equal(2, found.Count);
        Assert.Equal("كريم العلوي", found[1].Speaker!.Name);
    }

    [Fact]
    public void A_title_with_an_adjective_is_still_a_bare_title()
    {
        const string text = "استقبل وزير الزراعة ضيفه وزير الري في دولة الجنوب، أمادو سيسي، في العاصمة. وأكد سيسي أن بلاده تريد اتفاقاً. "
            + "ودعا الوزير الضيف المانحين إلى «تمويل السدود الصغيرة».";
        var found = StatementExtractor.Extract(text, "ar");
        Assert.Equal("أمادو سيسي", found[^1].Speaker!.Name);
    }

    [Fact]
    public void A_title_with_no_holder_in_the_paragraph_stays_as_written()
    {
        // The spokesman is not the minister.
        const string other = "قال المتحدث باسم الوزارة، سامي الخطيب، إن الاجتماع تأجل. وأكد الوزير أن القرار نهائي.";
        Assert.Equal("الوزير", StatementExtractor.Extract(other, "ar")[^1].Speaker!.Name);

        // A man is not "the lawyer" (feminine).
        const string gender = "قال أحمد الساعدي إن الشركة خالفت العقد. وأكدت المحامية أن الدعوى ستُرفع الأسبوع المقبل.";
        Assert.Equal("المحامية", StatementExtractor.Extract(gender, "ar")[^1].Speaker!.Name);

        // A person named in another paragraph.
        const string paragraph = "قال مدرب فريق النجم، كريم العلوي، إن لاعبيه قدموا مباراة كبيرة.\n\nوأكد المدرب أن الفريق سيعود أقوى.";
        Assert.Equal("المدرب", StatementExtractor.Extract(paragraph, "ar")[^1].Speaker!.Name);

        // A surname never written with a first name stays as it is.
        const string lone = "وأكد الحداد أن الحكومة ستخفض الضرائب.";
        Assert.Equal("الحداد", Assert.Single(StatementExtractor.Extract(lone, "ar")).Speaker!.Name);
    }
}
