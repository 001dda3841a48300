using ClaimGraph.Core.Model;

namespace ClaimGraph.Core.Services;

/// <summary>What a <see cref="GraphSliceBuilder"/> has gathered so far: admitted nodes (in order), their records, statements and links.</summary>
internal sealed class SliceState(int limit)
{
    private readonly List<(NodeKind Kind, string Key)> _order = [];
    private readonly HashSet<(NodeKind, string)> _admitted = [];
    private readonly Dictionary<string, Statement> _statements = new(StringComparer.Ordinal);
    private readonly Dictionary<(string, string, ClaimLinkKind), ClaimLink> _links = [];

    public int Limit => limit;

    public bool Full => _order.Count >= limit;

    public bool Truncated { get; private set; }

    public Dictionary<string, Actor> Actors { get; } = new(StringComparer.Ordinal);

    public Dictionary<string, Claim> Claims { get; } = new(StringComparer.Ordinal);

    public Dictionary<string, Source> Sources { get; } = new(StringComparer.Ordinal);

    /// <summary>Publishers and authors of sources in the slice that are not nodes of it.</summary>
    public List<Actor> ReferencedActors { get; } = [];

    public bool Contains(NodeKind kind, string key) => _admitted.Contains((kind, key));

    /// <summary>Admits the nodes not yet in the slice, in the order given, until the limit; returns those admitted.</summary>
    public IReadOnlyList<(NodeKind Kind, string Key)> Admit(IEnumerable<(NodeKind Kind, string Key)> nodes)
    {
        var added = new List<(NodeKind, string)>();
        foreach (var node in nodes)
        {
            if (_admitted.Contains(node))
                continue;
            if (Full)
            {
                Truncated = true;
                break;
            }

            _admitted.Add(node);
            _order.Add(node);
            added.Add(node);
        }

        return added;
    }

    public void AddRecords(IEnumerable<Actor> actors, IEnumerable<Claim> claims, IEnumerable<Source> sources)
    {
        foreach (var a in actors) Actors[a.Id] = a;
        foreach (var c in claims) Claims[c.Id] = c;
        foreach (var s in sources) Sources[s.Id] = s;
    }

    public void AddStatements(IEnumerable<Statement> statements)
    {
        foreach (var s in statements) _statements[s.Id] = s;
    }

    public void AddLinks(IEnumerable<ClaimLink> links)
    {
        foreach (var l in links) _links[(l.FromClaimId, l.ToClaimId, l.Kind)] = l;
    }

    public GraphSlice ToSlice()
    {
        var statements = _statements.Values.OrderBy(s => s.Id, StringComparer.Ordinal).ToList();
        var contested = statements.GroupBy(s => s.ClaimId)
            .Where(g => g.Any(s => s.Stance.Polarity() > 0) && g.Any(s => s.Stance.Polarity() < 0))
            .Select(g => g.Key)
            .ToHashSet(StringComparer.Ordinal);
        var nodes = _order.Select(n => Node(n.Kind, n.Key, contested)).OfType<GraphSliceNode>().ToList();
        var drawn = statements.Where(s => Has(NodeKind.Actor, s.ActorId) && Has(NodeKind.Claim, s.ClaimId)).ToList();
        var edges = new GraphSliceEdges(this).Build(statements, drawn, _links.Values);
        return new GraphSlice(nodes, edges, Truncated,
            Ordered(Actors, NodeKind.Actor), Ordered(Claims, NodeKind.Claim), Ordered(Sources, NodeKind.Source), drawn, ReferencedActors);
    }

    /// <summary>Whether the node is in the slice with its record loaded.</summary>
    public bool Has(NodeKind kind, string? key) => key is not null && kind switch
    {
        NodeKind.Actor => Actors.ContainsKey(key),
        NodeKind.Claim => Claims.ContainsKey(key),
        NodeKind.Source => Sources.ContainsKey(key),
        _ => false,
    } && _admitted.Contains((kind, key));

    private List<T> Ordered<T>(Dictionary<string, T> records, NodeKind kind) =>
        _order.Where(n => n.Kind == kind && records.ContainsKey(n.Key)).Select(n => records[n.Key]).ToList();

    private GraphSliceNode? Node(NodeKind kind, string key, HashSet<string> contested) => kind switch
    {
        NodeKind.Actor when Actors.GetValueOrDefault(key) is { } a =>
            new(kind, key, a.Name, a.Language, EnumNames.Screaming(a.Kind), a.Kind == ActorKind.AnonymousSource, false),
        NodeKind.Claim when Claims.GetValueOrDefault(key) is { } c =>
            new(kind, key, c.Text, c.Language, null, false, contested.Contains(key)),
        NodeKind.Source when Sources.GetValueOrDefault(key) is { } s =>
            new(kind, key, s.Title, s.Language, EnumNames.Screaming(s.Kind), false, false),
        _ => null,
    };
}
