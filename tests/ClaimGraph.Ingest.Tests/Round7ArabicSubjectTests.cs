using ClaimGraph.Core.Model;
using ClaimGraph.Ingest.Rules;
using Xunit;

namespace ClaimGraph.Ingest.Tests;

/// <summary>Round 7: where an Arabic subject ends when its object follows it without a break, on sentences written for these tests.</summary>
public sealed class Round7ArabicSubjectTests
{
    [Fact]
    public void Min_before_an_complementizer_is_no_subject()
    {
        var f = Assert.Single(StatementExtractor.Extract("لكن جمعية المصارف حذّرت من أن القرار سيرفع كلفة القروض.", "ar"));
        Assert.Equal("جمعية المصارف", f.Speaker!.Name);
        Assert.Equal("القرار سيرفع كلفة القروض", f.Content.Text);

        var g = Assert.Single(StatementExtractor.Extract("وحذّر البنك من أن التضخم سيرتفع.", "ar"));
        Assert.Equal("البنك", g.Speaker!.Name);
    }

    [Fact]
    public void The_subject_of_kana_qad_stands_before_the_verb()
    {
        var f = Assert.Single(StatementExtractor.Extract("وكانت نقابة الصحفيين قد طالبت بالإفراج عن المعتقلين.", "ar"));
        Assert.Equal("نقابة الصحفيين", f.Speaker!.Name);
        Assert.Equal(Stance.Demands, f.Stance);

        var g = Assert.Single(StatementExtractor.Extract("وكان وزير النقل قد أعلن أن الطريق سيفتح الأسبوع المقبل.", "ar"));
        Assert.Equal("وزير النقل", g.Speaker!.Name);

        // كان without قد before the verb is no such frame.
        Assert.Empty(StatementExtractor.Extract("وكان الطريق مغلقاً منذ أسبوع.", "ar"));
    }

    [Fact]
    public void A_titled_name_ends_before_a_definite_object()
    {
        var f = Assert.Single(StatementExtractor.Extract("واتهم رئيس بلدية الميناء سامي الحلبي الشركة بإهمال صيانة الرصيف.", "ar"));
        Assert.Equal("سامي الحلبي", f.Speaker!.Name);
        Assert.StartsWith("الشركة", f.Content.Text, StringComparison.Ordinal);

        // A compound name with عبد keeps its second definite word.
        var g = Assert.Single(StatementExtractor.Extract("وقال مدير المستشفى عبد الرحمن الخطيب إن الجرحى بحال مستقرة.", "ar"));
        Assert.Equal("عبد الرحمن الخطيب", g.Speaker!.Name);
    }

    [Fact]
    public void A_coach_title_gives_the_name()
    {
        var f = Assert.Single(StatementExtractor.Extract("وقال مدرب النادي الأهلي فارس الدباغ إن اللاعبين استحقوا الفوز.", "ar"));
        Assert.Equal("فارس الدباغ", f.Speaker!.Name);
        Assert.Equal(ActorKind.Person, f.Speaker.Kind);
    }

    [Fact]
    public void A_surname_already_speaking_ends_the_subject_before_the_one_called_on()
    {
        const string text = "وقالت وزيرة الصحة هالة الراشد إن اللقاحات وصلت. وطالبت الراشد الأطباء بالعودة إلى المستشفيات.";
        var found = StatementExtractor.Extract(text, "ar");
        Assert.Equal(2, found.Count);
        // Round 10: the surname is filed under the full name written before it.
        Assert.Equal("هالة الراشد", found[1].Speaker!.Name);
        Assert.Equal(Stance.Demands, found[1].Stance);
    }

    [Fact]
    public void The_one_called_on_is_not_part_of_the_subject()
    {
        var f = Assert.Single(StatementExtractor.Extract("ودعا المبعوث الدولي الحكومة إلى الإفراج عن السجناء.", "ar"));
        Assert.Equal("المبعوث الدولي", f.Speaker!.Name);

        // A definite word that is no addressee stays in the subject.
        var g = Assert.Single(StatementExtractor.Extract("ودعا المجلس الوطني الانتقالي إلى الحوار.", "ar"));
        Assert.Equal("المجلس الوطني الانتقالي", g.Speaker!.Name);
    }

    [Fact]
    public void A_lil_word_past_the_second_is_more_of_the_name()
    {
        var f = Assert.Single(StatementExtractor.Extract("وطالب الاتحاد الوطني للمزارعين الحكومة بدعم أسعار البذور.", "ar"));
        Assert.Equal("الاتحاد الوطني للمزارعين", f.Speaker!.Name);
    }

    [Fact]
    public void A_threat_with_ba_ends_the_subject_and_with_a_condition_demands()
    {
        var f = Assert.Single(StatementExtractor.Extract("وهددت نقابة الممرضين بالإضراب إذا لم تُصرف الرواتب.", "ar"));
        Assert.Equal("نقابة الممرضين", f.Speaker!.Name);
        Assert.Equal(Stance.Demands, f.Stance);

        var g = Assert.Single(StatementExtractor.Extract("وهددت نقابة الممرضين بالإضراب.", "ar"));
        Assert.Equal(Stance.Asserts, g.Stance);
    }

    [Fact]
    public void For_his_part_after_the_verb_is_no_subject()
    {
        var found = StatementExtractor.Extract("وقال قائد الشرطة إن الطرق آمنة. وأكد من جهته أن الدوريات ستستمر.", "ar");
        Assert.Equal(2, found.Count);
        Assert.Equal("قائد الشرطة", found[1].Speaker!.Name);

        var other = StatementExtractor.Extract("وقال قائد الشرطة إن الطرق آمنة. وقال بدوره رئيس البلدية إن الأسواق فتحت.", "ar");
        Assert.Equal("رئيس البلدية", other[1].Speaker!.Name);
    }

    [Fact]
    public void A_lone_function_word_is_never_a_speaker()
    {
        Assert.DoesNotContain(StatementExtractor.Extract("وقال هو إن الأسعار سترتفع.", "ar"), f => f.Speaker!.Name == "هو");
    }

    [Theory]
    [InlineData("المتحدث باسم الشرطة قال في بيان إن المشتبه به اعتُقل.", "المتحدث باسم الشرطة")]
    [InlineData("والنقابة أكدت أن الإضراب انتهى.", "النقابة")]
    [InlineData("رئيسة البلدية سعاد المصري قالت إن المياه عادت.", "سعاد المصري")]
    public void A_short_subject_opening_the_sentence_before_the_verb_speaks(string text, string speaker)
    {
        var f = Assert.Single(StatementExtractor.Extract(text, "ar"));
        Assert.Equal(speaker, f.Speaker!.Name);
    }

    [Theory]
    [InlineData("الحرب التي قال عنها الخبراء إنها طويلة انتهت.")]
    [InlineData("المدينة شهدت احتجاجات واسعة.")]
    public void A_relative_clause_or_a_non_speech_verb_is_no_fronted_subject(string text)
    {
        Assert.Empty(StatementExtractor.Extract(text, "ar"));
    }
}
