namespace ClaimGraph.Server.Export;

public static class ExportFormats
{
    public static IReadOnlyList<ExportFormat> All { get; } =
    [
        new("cytoscape", "cytoscape.json", "application/json; charset=utf-8", new CytoscapeJsonWriter()),
        new("graphml", "graph.graphml", "application/graphml+xml; charset=utf-8", new GraphMLWriter()),
        new("nodes-csv", "nodes.csv", "text/csv; charset=utf-8; header=present", new NodesCsvWriter()),
        new("edges-csv", "edges.csv", "text/csv; charset=utf-8; header=present", new EdgesCsvWriter()),
        new("jsonld", "claims.jsonld", "application/ld+json; charset=utf-8", new ClaimReviewJsonLdWriter()),
    ];

    public static ExportFormat? Find(string nameOrFile) =>
        All.FirstOrDefault(f => string.Equals(f.Name, nameOrFile, StringComparison.OrdinalIgnoreCase)
            || string.Equals(f.FileName, nameOrFile, StringComparison.OrdinalIgnoreCase));
}
