namespace ClaimGraph.Server.Export;

/// <summary>An export format: its CLI name, the file name it is served under (/export/FILE), its media type and writer.</summary>
public sealed record ExportFormat(string Name, string FileName, string ContentType, IGraphExportWriter Writer);
