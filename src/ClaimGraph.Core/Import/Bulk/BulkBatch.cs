using ClaimGraph.Core.Errors;
using ClaimGraph.Core.Model;
using ClaimGraph.Core.Validation;

namespace ClaimGraph.Core.Import.Bulk;

/// <summary>The records of one bulk-import batch, each checked on its own as it is added; problems keep their line numbers.</summary>
internal sealed class BulkBatch
{
    public List<Actor> Actors { get; } = [];

    public List<Source> Sources { get; } = [];

    public List<Claim> Claims { get; } = [];

    public List<Statement> Statements { get; } = [];

    /// <summary>
    /// The actors and sources in file order: they refer to each other (publisher, author, scope), so they
    /// are written in that order, which keeps every reference resolved as it is written (see BulkImporter).
    /// </summary>
    public List<object> ActorsAndSources { get; } = [];

    public List<ClaimLink> ClaimLinks { get; } = [];

    public List<ImportProblem> Problems { get; } = [];

    public int Count => Actors.Count + Sources.Count + Claims.Count + Statements.Count + ClaimLinks.Count;

    public void Add(ImportRecord? record, long line, string? baseDirectory)
    {
        try
        {
            switch (record)
            {
                case ActorRecord a: Add(Actors, Checked(a.ToModel(), GraphRules.Check)); break;
                case SourceRecord s: Add(Sources, Checked(s.ToModel(ImportReader.ReadText(s, baseDirectory)), GraphRules.Check)); break;
                case ClaimRecord c: Claims.Add(Checked(c.ToModel(), GraphRules.Check)); break;
                case StatementRecord st: Statements.Add(Checked(st.ToModel(), GraphRules.Check)); break;
                case ClaimLinkRecord l: ClaimLinks.Add(Checked(l.ToModel(), GraphRules.Check)); break;
                default: Problems.Add(new ImportProblem((int)line, "Empty record.")); break;
            }
        }
        catch (ClaimGraphException ex)
        {
            Problems.Add(new ImportProblem((int)line, ex.Message));
        }
    }

    public void Clear()
    {
        ActorsAndSources.Clear();
        Actors.Clear();
        Sources.Clear();
        Claims.Clear();
        Statements.Clear();
        ClaimLinks.Clear();
        Problems.Clear();
    }

    private void Add<T>(List<T> list, T node)
        where T : notnull
    {
        list.Add(node);
        ActorsAndSources.Add(node);
    }

    private static T Checked<T>(T value, Action<T> check)
    {
        check(value);
        return value;
    }
}
