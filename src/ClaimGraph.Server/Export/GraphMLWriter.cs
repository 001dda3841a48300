using System.Text;
using System.Xml;
using ClaimGraph.Core.Model;
using ClaimGraph.Core.Services;

namespace ClaimGraph.Server.Export;

/// <summary>
/// GraphML 1.0 (opens in Gephi, yEd, Cytoscape desktop, NetworkX): one directed graph, node and edge attributes
/// declared as keys with attr.name / attr.type.
/// </summary>
public sealed class GraphMLWriter : IGraphExportWriter
{
    public const string Namespace = "http://graphml.graphdrawing.org/xmlns";

    private static readonly (string Id, string For, string Name, string Type)[] Keys =
    [
        ("label", "node", "label", "string"),
        ("type", "node", "type", "string"),
        ("kind", "node", "kind", "string"),
        ("language", "node", "language", "string"),
        ("anonymous", "node", "anonymous", "boolean"),
        ("contested", "node", "contested", "boolean"),
        ("edge_label", "edge", "label", "string"),
        ("edge_type", "edge", "type", "string"),
        ("stance", "edge", "stance", "string"),
        ("statement", "edge", "statement", "string"),
    ];

    public async Task WriteAsync(GraphSlice slice, Stream output, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(slice);
        var settings = new XmlWriterSettings { Async = true, Indent = true, Encoding = new UTF8Encoding(false) };
        await using var xml = XmlWriter.Create(output, settings);
        await xml.WriteStartDocumentAsync();
        await xml.WriteStartElementAsync(null, "graphml", Namespace);
        await xml.WriteAttributeStringAsync("xmlns", "xsi", null, "http://www.w3.org/2001/XMLSchema-instance");
        await xml.WriteAttributeStringAsync("xsi", "schemaLocation", null, $"{Namespace} {Namespace}/1.0/graphml.xsd");
        await xml.WriteElementStringAsync(null, "desc", Namespace, slice.Truncated ? "ClaimGraph export (truncated at the node limit)" : "ClaimGraph export");
        foreach (var (id, target, name, type) in Keys)
        {
            await xml.WriteStartElementAsync(null, "key", Namespace);
            await xml.WriteAttributeStringAsync(null, "id", null, id);
            await xml.WriteAttributeStringAsync(null, "for", null, target);
            await xml.WriteAttributeStringAsync(null, "attr.name", null, name);
            await xml.WriteAttributeStringAsync(null, "attr.type", null, type);
            await xml.WriteEndElementAsync();
        }

        await xml.WriteStartElementAsync(null, "graph", Namespace);
        await xml.WriteAttributeStringAsync(null, "id", null, "claimgraph");
        await xml.WriteAttributeStringAsync(null, "edgedefault", null, "directed");
        foreach (var n in slice.Nodes)
        {
            await xml.WriteStartElementAsync(null, "node", Namespace);
            await xml.WriteAttributeStringAsync(null, "id", null, n.Id);
            await DataAsync(xml, "label", n.Label);
            await DataAsync(xml, "type", n.Kind.ToString().ToUpperInvariant());
            await DataAsync(xml, "kind", n.Subkind);
            await DataAsync(xml, "language", n.Language);
            await DataAsync(xml, "anonymous", n.Anonymous ? "true" : "false");
            await DataAsync(xml, "contested", n.Contested ? "true" : "false");
            await xml.WriteEndElementAsync();
        }

        foreach (var e in slice.Edges)
        {
            await xml.WriteStartElementAsync(null, "edge", Namespace);
            await xml.WriteAttributeStringAsync(null, "id", null, e.Id);
            await xml.WriteAttributeStringAsync(null, "source", null, e.Source);
            await xml.WriteAttributeStringAsync(null, "target", null, e.Target);
            await DataAsync(xml, "edge_label", e.Label);
            await DataAsync(xml, "edge_type", EnumNames.Screaming(e.Kind));
            await DataAsync(xml, "stance", e.Stance is { } s ? EnumNames.Screaming(s) : null);
            await DataAsync(xml, "statement", e.StatementId is { } st ? GraphSliceIds.Of(NodeKind.Statement, st) : null);
            await xml.WriteEndElementAsync();
        }

        await xml.WriteEndElementAsync();
        await xml.WriteEndElementAsync();
        await xml.WriteEndDocumentAsync();
        await xml.FlushAsync();
    }

    private static async Task DataAsync(XmlWriter xml, string key, string? value)
    {
        if (value is null)
            return;
        await xml.WriteStartElementAsync(null, "data", Namespace);
        await xml.WriteAttributeStringAsync(null, "key", null, key);
        await xml.WriteStringAsync(value);
        await xml.WriteEndElementAsync();
    }
}
