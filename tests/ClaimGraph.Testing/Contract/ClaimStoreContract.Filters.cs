using ClaimGraph.Core.Model;
using ClaimGraph.Core.Store;
using ClaimGraph.Testing.Builders;
using Xunit;

namespace ClaimGraph.Testing.Contract;

public abstract partial class ClaimStoreContract
{
    private static readonly PageRequest All = new(100);

    private static object[] FilterGraph() =>
    [
        A.Actor("coalition").Named("التحالف الدولي", "ar").OfKind(ActorKind.Coalition).AlsoKnownAs("Global Coalition"),
        A.Actor("sdf").Named("قوات سوريا الديمقراطية", "ar").OfKind(ActorKind.ArmedGroup).AlsoKnownAs("Syrian Democratic Forces"),
        A.Actor("dillon").Named("Ryan Dillon").OfKind(ActorKind.Person).AffiliatedWith("coalition").WithRole("spokesman"),
        A.Actor("officer").Named("American officer").OfKind(ActorKind.Person).AffiliatedWith("coalition"),
        A.Actor("haskawi").Named("صهيب الحسكاوي", "ar").OfKind(ActorKind.Person),
        A.Actor("baladi").Named("بلدي نيوز", "ar").OfKind(ActorKind.MediaOutlet),
        A.Actor("informed").Named("مصادر مطلعة", "ar").ScopedTo("article"),
        A.Actor("informed-2").Named("مصادر مطلعة", "ar").ScopedTo("report"),
        A.Source("article").Titled("مفاوضات بين قسد والتنظيم في الرقة", "ar").PublishedBy("baladi").PublishedOn(2017, 10, 10),
        A.Source("report").OfKind(SourceKind.Report).Titled("Raqqa situation report").PublishedBy("coalition").PublishedOn(2017, 10, 14),
        A.Source("statement").OfKind(SourceKind.OfficialStatement).Titled("Coalition statement on Raqqa").PublishedBy("coalition")
            .PublishedAt(new DateTimeOffset(2017, 10, 12, 23, 0, 0, TimeSpan.FromHours(3))),
        A.Source("post").OfKind(SourceKind.Post).Titled("منشور", "ar"),
        A.Claim("negotiations").Saying("توجد مفاوضات بين قسد والتنظيم", "ar").TranslatedTo("en", "There are negotiations between the SDF and IS"),
        A.Claim("withdrawal").Saying("IS fighters will withdraw within hours").TranslatedTo("ar", "انسحاب عناصر التنظيم خلال ساعات"),
        A.Claim("shields").Saying("IS holds civilians as human shields"),
        A.Statement("sdf-denies").By("sdf").On("negotiations").In("article").Denies().Quoting("نفت قسد وجود أي مفاوضات"),
        A.Statement("coalition-confirms").By("coalition").On("negotiations").In("report").Confirms().StatedOn(2017, 10, 13),
        A.Statement("haskawi-asserts").By("haskawi").On("withdrawal").In("article").Asserts().Quoting("سينسحب عناصر التنظيم خلال ساعات"),
        A.Statement("coalition-shields").By("coalition").On("shields").In("article").OriginallyIn("statement").Quoting("يستخدم التنظيم المدنيين دروعا بشرية"),
        A.Statement("officer-demands").By("officer").On("withdrawal").In("post").Demands(),
    ];

    [SkippableFact]
    public async Task Actor_filters_on_kind_affiliation_and_scope_combine_with_and()
    {
        var store = await StoreAsync(FilterGraph());

        Assert.Equal(["dillon", "haskawi", "officer"], Ids(await ActorsAsync(store, new ActorQuery(Kinds: [ActorKind.Person]))));
        Assert.Equal(["coalition", "dillon", "haskawi", "officer"],
            Ids(await ActorsAsync(store, new ActorQuery(Kinds: [ActorKind.Person, ActorKind.Coalition]))));
        Assert.Equal(["dillon", "officer"], Ids(await ActorsAsync(store, new ActorQuery(AffiliationId: "coalition"))));
        Assert.Equal(["informed"], Ids(await ActorsAsync(store, new ActorQuery(ScopeSourceId: "article"))));
        Assert.Equal(["dillon"], Ids(await ActorsAsync(store, new ActorQuery(Text: "Dillon", Kinds: [ActorKind.Person], AffiliationId: "coalition"))));
        Assert.Empty(await ActorsAsync(store, new ActorQuery(Kinds: [ActorKind.Coalition], AffiliationId: "coalition")));
    }

    [SkippableFact]
    public async Task Actor_text_filter_matches_names_and_aliases_normalised()
    {
        var store = await StoreAsync(FilterGraph());

        Assert.Equal(["coalition"], Ids(await ActorsAsync(store, new ActorQuery(Text: "التحالف"))));
        Assert.Equal(["coalition"], Ids(await ActorsAsync(store, new ActorQuery(Text: "global coalition"))));
        Assert.Equal(["sdf"], Ids(await ActorsAsync(store, new ActorQuery(Text: "SYRIAN democratic"))));
        Assert.Equal(["informed", "informed-2"], Ids(await ActorsAsync(store, new ActorQuery(Text: "المصادر"))));
    }

    [SkippableFact]
    public async Task A_blank_text_filter_does_not_restrict_but_text_without_words_matches_nothing()
    {
        var store = await StoreAsync(FilterGraph());

        Assert.Equal(8, (await store.QueryActorsAsync(new ActorQuery(Text: "  "), All)).TotalCount);
        Assert.Equal(3, (await store.QueryClaimsAsync(new ClaimQuery(Text: ""), All)).TotalCount);
        Assert.Equal(0, (await store.QueryActorsAsync(new ActorQuery(Text: "!!!"), All)).TotalCount);
        Assert.Equal(0, (await store.QueryStatementsAsync(new StatementQuery(Text: "«»"), All)).TotalCount);
    }

    [SkippableFact]
    public async Task An_empty_list_filter_does_not_restrict()
    {
        var store = await StoreAsync(FilterGraph());

        Assert.Equal(8, (await store.QueryActorsAsync(new ActorQuery(Kinds: []), All)).TotalCount);
        Assert.Equal(4, (await store.QuerySourcesAsync(new SourceQuery(Kinds: []), All)).TotalCount);
        Assert.Equal(5, (await store.QueryStatementsAsync(new StatementQuery(Stances: []), All)).TotalCount);
    }

    [SkippableFact]
    public async Task Claim_filters_on_text_and_language()
    {
        var store = await StoreAsync(FilterGraph());

        Assert.Equal(["negotiations"], Ids(await ClaimsAsync(store, new ClaimQuery(Language: "ar"))));
        Assert.Equal(["shields", "withdrawal"], Ids(await ClaimsAsync(store, new ClaimQuery(Language: "en"))));
        Assert.Equal(["negotiations"], Ids(await ClaimsAsync(store, new ClaimQuery(Text: "negotiations"))));
        Assert.Equal(["withdrawal"], Ids(await ClaimsAsync(store, new ClaimQuery(Text: "انسحاب"))));
        Assert.Empty(await ClaimsAsync(store, new ClaimQuery(Text: "negotiations", Language: "en")));
    }

    [SkippableFact]
    public async Task Claim_filters_on_actor_source_and_stance_need_one_statement_matching_all_of_them()
    {
        var store = await StoreAsync(FilterGraph());

        Assert.Equal(["negotiations", "shields"], Ids(await ClaimsAsync(store, new ClaimQuery(ActorId: "coalition"))));
        Assert.Equal(["negotiations", "shields", "withdrawal"], Ids(await ClaimsAsync(store, new ClaimQuery(SourceId: "article"))));
        Assert.Equal(["negotiations"], Ids(await ClaimsAsync(store, new ClaimQuery(Stance: Stance.Denies))));
        Assert.Equal(["shields"], Ids(await ClaimsAsync(store, new ClaimQuery(ActorId: "coalition", SourceId: "article"))));
        Assert.Equal(["negotiations"], Ids(await ClaimsAsync(store, new ClaimQuery(ActorId: "coalition", Stance: Stance.Confirms))));
        // The coalition confirms negotiations in the report and sdf denies them in the article: no single statement is both.
        Assert.Empty(await ClaimsAsync(store, new ClaimQuery(ActorId: "coalition", SourceId: "article", Stance: Stance.Confirms)));
        Assert.Empty(await ClaimsAsync(store, new ClaimQuery(ActorId: "sdf", Stance: Stance.Confirms)));
    }

    [SkippableFact]
    public async Task Source_filters_on_kind_language_publisher_and_publication_time()
    {
        var store = await StoreAsync(FilterGraph());

        Assert.Equal(["report", "statement"], Ids(await SourcesAsync(store, new SourceQuery(Kinds: [SourceKind.Report, SourceKind.OfficialStatement]))));
        Assert.Equal(["article", "post"], Ids(await SourcesAsync(store, new SourceQuery(Language: "ar"))));
        Assert.Equal(["report", "statement"], Ids(await SourcesAsync(store, new SourceQuery(PublisherId: "coalition"))));
        Assert.Equal(["report"], Ids(await SourcesAsync(store, new SourceQuery(Text: "situation"))));
        Assert.Equal(["article"], Ids(await SourcesAsync(store, new SourceQuery(Text: "الرقه", Language: "ar"))));
    }

    [SkippableFact]
    public async Task Source_time_range_is_inclusive_compares_instants_and_leaves_out_undated_sources()
    {
        var store = await StoreAsync(FilterGraph());
        var statementInstant = new DateTimeOffset(2017, 10, 12, 20, 0, 0, TimeSpan.Zero);

        Assert.Equal(["report", "statement"], Ids(await SourcesAsync(store, new SourceQuery(PublishedFrom: statementInstant))));
        Assert.Equal(["article", "statement"], Ids(await SourcesAsync(store, new SourceQuery(PublishedTo: statementInstant))));
        Assert.Equal(["statement"], Ids(await SourcesAsync(store, new SourceQuery(PublishedFrom: statementInstant, PublishedTo: statementInstant))));
        Assert.Empty(await SourcesAsync(store, new SourceQuery(PublishedFrom: new DateTimeOffset(2018, 1, 1, 0, 0, 0, TimeSpan.Zero))));
    }

    [SkippableFact]
    public async Task Statement_filters_on_stance_actor_claim_source_and_quote()
    {
        var store = await StoreAsync(FilterGraph());

        Assert.Equal(["coalition-confirms", "coalition-shields", "haskawi-asserts", "sdf-denies"],
            Ids(await StatementsAsync(store, new StatementQuery(Stances: [Stance.Denies, Stance.Confirms, Stance.Asserts]))));
        Assert.Equal(["officer-demands"], Ids(await StatementsAsync(store, new StatementQuery(Stances: [Stance.Demands]))));
        Assert.Equal(["coalition-confirms", "coalition-shields"], Ids(await StatementsAsync(store, new StatementQuery(ActorId: "coalition"))));
        Assert.Equal(["haskawi-asserts", "officer-demands"], Ids(await StatementsAsync(store, new StatementQuery(ClaimId: "withdrawal"))));
        Assert.Equal(["coalition-shields", "haskawi-asserts", "sdf-denies"], Ids(await StatementsAsync(store, new StatementQuery(SourceId: "article"))));
        Assert.Equal(["coalition-shields"], Ids(await StatementsAsync(store, new StatementQuery(ActorId: "coalition", SourceId: "article"))));
        Assert.Equal(["haskawi-asserts"], Ids(await StatementsAsync(store, new StatementQuery(Text: "سينسحب"))));
        Assert.Equal(["sdf-denies"], Ids(await StatementsAsync(store, new StatementQuery(Text: "مفاوضات", Stances: [Stance.Denies]))));
    }

    [SkippableFact]
    public async Task Statement_time_range_uses_the_statement_time_or_else_its_source_publication_time()
    {
        var store = await StoreAsync(FilterGraph());

        // coalition-confirms is stated on the 13th though reported on the 14th; the article's three on the 10th; the post is undated.
        Assert.Equal(["coalition-confirms"], Ids(await StatementsAsync(store, new StatementQuery(From: October(13), To: October(14)))));
        Assert.Equal(["coalition-shields", "haskawi-asserts", "sdf-denies"],
            Ids(await StatementsAsync(store, new StatementQuery(To: October(11)))));
        Assert.Equal(["coalition-confirms", "coalition-shields", "haskawi-asserts", "sdf-denies"],
            Ids(await StatementsAsync(store, new StatementQuery(From: October(1)))));
    }

    private static DateTimeOffset October(int day) => new(2017, 10, day, 0, 0, 0, TimeSpan.Zero);

    private static async Task<IReadOnlyList<Actor>> ActorsAsync(IClaimStore store, ActorQuery query) =>
        (await WalkAsync(p => store.QueryActorsAsync(query, p), 3)).OrderBy(a => a.Id, StringComparer.Ordinal).ToList();

    private static async Task<IReadOnlyList<Claim>> ClaimsAsync(IClaimStore store, ClaimQuery query) =>
        (await WalkAsync(p => store.QueryClaimsAsync(query, p), 3)).OrderBy(c => c.Id, StringComparer.Ordinal).ToList();

    private static async Task<IReadOnlyList<Source>> SourcesAsync(IClaimStore store, SourceQuery query) =>
        (await WalkAsync(p => store.QuerySourcesAsync(query, p), 3)).OrderBy(s => s.Id, StringComparer.Ordinal).ToList();

    private static async Task<IReadOnlyList<Statement>> StatementsAsync(IClaimStore store, StatementQuery query) =>
        (await WalkAsync(p => store.QueryStatementsAsync(query, p), 3)).OrderBy(s => s.Id, StringComparer.Ordinal).ToList();
}
