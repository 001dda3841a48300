namespace ClaimGraph.Ingest.Rules;

/// <summary>
/// Round 11: a name apposed after a title may be closed by the colon that opens the quotation, not by a comma
/// ("وقال عضو المكتب التنفيذي للنقابة، سامي الحداد: «...»"): the name is the speaker.
/// </summary>
internal sealed partial class ArabicRules
{
    /// <summary>Whether the token at segEnd is a colon with a quotation right after it.</summary>
    private bool IsColonBeforeSpeech(int segEnd, int last) =>
        segEnd + 1 < last && _t[segEnd].Raw == ":" && doc.QuoteOpeningAt(segEnd + 1) is not null;
}
