namespace ClaimGraph.Core.Model;

public enum SourceKind
{
    Article,
    OfficialStatement,
    Post,
    Interview,
    Report,
    Other,
}
