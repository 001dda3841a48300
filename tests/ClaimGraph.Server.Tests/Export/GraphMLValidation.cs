using System.Xml;
using System.Xml.Linq;
using System.Xml.Schema;
using ClaimGraph.Server.Tests.Api;

namespace ClaimGraph.Server.Tests.Export;

/// <summary>Parses GraphML with a validating XmlReader against the GraphML schema shipped in Export/Schemas.</summary>
public static class GraphMLValidation
{
    public static (XDocument Document, List<string> Problems) Parse(string xml)
    {
        var schemas = new XmlSchemaSet();
        schemas.Add("http://graphml.graphdrawing.org/xmlns",
            Path.Combine(RepositoryRoot.Path, "tests", "ClaimGraph.Server.Tests", "Export", "Schemas", "graphml.xsd"));
        var problems = new List<string>();
        var settings = new XmlReaderSettings { ValidationType = ValidationType.Schema, Schemas = schemas, DtdProcessing = DtdProcessing.Prohibit };
        settings.ValidationFlags |= XmlSchemaValidationFlags.ReportValidationWarnings;
        settings.ValidationEventHandler += (_, e) => problems.Add($"{e.Severity} line {e.Exception?.LineNumber}: {e.Message}");
        using var reader = XmlReader.Create(new StringReader(xml), settings);
        var document = XDocument.Load(reader);
        return (document, problems);
    }
}
