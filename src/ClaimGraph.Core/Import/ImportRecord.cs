using System.Text.Json.Serialization;

namespace ClaimGraph.Core.Import;

/// <summary>
/// One line of the import format (NDJSON): a JSON object whose "type" says which record it is.
/// The format is documented in seeds/README.md. Records refer to each other by id; order within
/// a file does not matter, because a file is written in one transaction.
/// </summary>
[JsonPolymorphic(TypeDiscriminatorPropertyName = "type")]
[JsonDerivedType(typeof(ActorRecord), "actor")]
[JsonDerivedType(typeof(SourceRecord), "source")]
[JsonDerivedType(typeof(ClaimRecord), "claim")]
[JsonDerivedType(typeof(StatementRecord), "statement")]
[JsonDerivedType(typeof(ClaimLinkRecord), "claimLink")]
public abstract record ImportRecord;
