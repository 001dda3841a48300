using ClaimGraph.Core.Model;

namespace ClaimGraph.Core.Store;

/// <summary>
/// How many statements <see cref="ActorId"/> made on <see cref="ClaimId"/> with <see cref="Stance"/>;
/// <see cref="FirstStatementId"/> (the lowest id among them) orders actors by when they first took the stance in the data.
/// </summary>
public sealed record ClaimStanceActor(string ClaimId, Stance Stance, string ActorId, int Count, string FirstStatementId);
