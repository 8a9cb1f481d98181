using Quickenshtein;

namespace Kyodo.Matching;

/// <summary>"Did you mean …" for a mistyped name, ID or key.</summary>
public static class Suggestion
{
    /// <summary>
    /// The closest known name within two edits, only when the edits are few compared with the name's length
    /// ("9" is not a misspelling of "1").
    /// </summary>
    public static string? Closest(string value, IEnumerable<string> candidates)
    {
        string? best = null;
        var bestDistance = 3;
        foreach (var c in candidates)
        {
            var d = Levenshtein.GetDistance(value.ToLowerInvariant(), c.ToLowerInvariant());
            if (d < bestDistance && (d == 0 || d * 2 < Math.Max(value.Length, c.Length)))
            {
                bestDistance = d;
                best = c;
            }
        }
        return best;
    }
}
