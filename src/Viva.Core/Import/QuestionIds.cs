using System.Security.Cryptography;
using System.Text;

namespace Viva.Core.Import;

/// <summary>Mints short, readable ids (<c>q-3f2a9c</c>) that never collide with ids already taken.</summary>
internal sealed class QuestionIds
{
    private const int ShortLength = 6;
    private readonly HashSet<string> _taken;

    public QuestionIds(IEnumerable<string> taken) => _taken = new HashSet<string>(taken, StringComparer.Ordinal);

    public bool IsTaken(string id) => _taken.Contains(id);

    public void Take(string id) => _taken.Add(id);

    /// <summary>An id derived from the source and question, so the same import mints the same ids.</summary>
    public string Mint(string source, string key)
    {
        var hex = Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(source + "\n" + key)));
        for (var length = ShortLength; length <= hex.Length; length++)
        {
            var id = "q-" + hex[..length];
            if (_taken.Add(id))
            {
                return id;
            }
        }

        // Same source and text twice: fall back to a counter on top of the full hash.
        for (var n = 2; ; n++)
        {
            var id = $"q-{hex[..ShortLength]}-{n}";
            if (_taken.Add(id))
            {
                return id;
            }
        }
    }
}
