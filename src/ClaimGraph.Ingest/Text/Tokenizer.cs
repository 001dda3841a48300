using System.Globalization;
using System.Text;

namespace ClaimGraph.Ingest.Text;

/// <summary>
/// Splits text into words and punctuation in one linear pass (no regular expressions, so no
/// backtracking on hostile input). Words fold hamza-carrying alefs, taa marbuta, alef maqsura,
/// harakat and tatweel, and Latin case, without changing the spans, which index the original text.
/// </summary>
public static class Tokenizer
{
    public static List<Token> Tokenize(string text)
    {
        var tokens = new List<Token>(text.Length / 5);
        var i = 0;
        while (i < text.Length)
        {
            var ch = text[i];
            if (ch == '\n')
            {
                tokens.Add(new Token(i, i + 1, "\n", "\n", TokenKind.LineBreak));
                i++;
            }
            else if (char.IsWhiteSpace(ch) || char.IsControl(ch) || ch == '\u0640' && !IsWordAt(text, i + 1))
            {
                i++;
            }
            else if (IsWordChar(ch) || ch == '\u0640')
            {
                var start = i;
                while (i < text.Length && (IsWordChar(text[i]) || IsInnerApostrophe(text, i)))
                    i++;
                var raw = text[start..i];
                tokens.Add(new Token(start, i, raw, Fold(raw), TokenKind.Word));
            }
            else
            {
                var length = char.IsHighSurrogate(ch) && i + 1 < text.Length && char.IsLowSurrogate(text[i + 1]) ? 2 : 1;
                var raw = text.Substring(i, length);
                tokens.Add(new Token(i, i + length, raw, raw, TokenKind.Punct));
                i += length;
            }
        }

        return tokens;
    }

    public static string Fold(string word)
    {
        var sb = new StringBuilder(word.Length);
        foreach (var ch in word)
        {
            switch (ch)
            {
                case '\u0623' or '\u0625' or '\u0622' or '\u0671': sb.Append('\u0627'); break;
                case '\u0629': sb.Append('\u0647'); break;
                case '\u0649': sb.Append('\u064A'); break;
                case '\u0624': sb.Append('\u0648'); break;
                case '\u0626': sb.Append('\u064A'); break;
                case '\u0640': break;
                case '\u2019': sb.Append('\''); break;
                default:
                    if (ch is >= '\u064B' and <= '\u065F' or '\u0670')
                        break;
                    if (ch is >= '\u0660' and <= '\u0669')
                        sb.Append((char)('0' + (ch - '\u0660')));
                    else if (ch is >= '\u0600' and <= '\u06FF')
                        sb.Append(ch); // Arabic has no case: skips the ICU call char.ToLowerInvariant makes for non-ASCII (a quarter of the rules' time).
                    else
                        sb.Append(char.ToLowerInvariant(ch));
                    break;
            }
        }

        return sb.ToString();
    }

    private static bool IsWordAt(string text, int i) => i < text.Length && IsWordChar(text[i]);

    private static bool IsWordChar(char ch)
    {
        if (char.IsLetterOrDigit(ch))
            return true;
        var category = CharUnicodeInfo.GetUnicodeCategory(ch);
        return category is UnicodeCategory.NonSpacingMark or UnicodeCategory.SpacingCombiningMark || ch == '\u0640';
    }

    private static bool IsInnerApostrophe(string text, int i) =>
        text[i] is '\'' or '\u2019' && i > 0 && char.IsLetter(text[i - 1]) && i + 1 < text.Length && char.IsLetter(text[i + 1]);
}
