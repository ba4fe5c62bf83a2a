using System.Collections.Concurrent;

namespace Viva.Core.Grading;

/// <summary>
/// The Porter (1980) suffix-stripping stemmer, with the two later amendments of the reference
/// implementation (<c>bli</c> → <c>ble</c>, <c>logi</c> → <c>log</c>): "connected", "connection" and
/// "connecting" all become "connect". Expects lower-case ASCII letters; other words come back unchanged.
/// </summary>
public static class PorterStemmer
{
    private const int CacheLimit = 200_000;

    private static readonly (string, string)[] Step2Rules =
    [
        ("ational", "ate"), ("tional", "tion"), ("enci", "ence"), ("anci", "ance"), ("izer", "ize"), ("bli", "ble"),
        ("alli", "al"), ("entli", "ent"), ("eli", "e"), ("ousli", "ous"), ("ization", "ize"), ("ation", "ate"),
        ("ator", "ate"), ("alism", "al"), ("iveness", "ive"), ("fulness", "ful"), ("ousness", "ous"), ("aliti", "al"),
        ("iviti", "ive"), ("biliti", "ble"), ("logi", "log"),
    ];

    private static readonly (string, string)[] Step3Rules =
    [
        ("icate", "ic"), ("ative", ""), ("alize", "al"), ("iciti", "ic"), ("ical", "ic"), ("ful", ""), ("ness", ""),
    ];
    private static readonly ConcurrentDictionary<string, string> Cache = new(StringComparer.Ordinal);

    /// <summary>The stem of <paramref name="word"/> (lower case).</summary>
    public static string Stem(string word)
    {
        ArgumentNullException.ThrowIfNull(word);
        if (word.Length <= 2 || !IsLowerAscii(word))
        {
            return word;
        }

        if (Cache.TryGetValue(word, out var cached))
        {
            return cached;
        }

        var stem = new Stemming(word).Run();
        if (Cache.Count < CacheLimit)
        {
            Cache[word] = stem;
        }

        return stem;
    }

    private static bool IsLowerAscii(string word)
    {
        foreach (var c in word)
        {
            if (c is < 'a' or > 'z')
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>One word being stemmed: <c>_b[0.._k]</c> is the current word, <c>_j</c> the end of the stem a rule tests.</summary>
    private ref struct Stemming
    {
        private readonly char[] _b;
        private int _k;
        private int _j;

        public Stemming(string word)
        {
            _b = new char[word.Length + 2];
            word.CopyTo(_b);
            _k = word.Length - 1;
            _j = 0;
        }

        public string Run()
        {
            Step1AB();
            if (_k > 0)
            {
                Step1C();
                Step2();
                Step3();
                Step4();
                Step5();
            }

            return new string(_b, 0, _k + 1);
        }

        private readonly bool IsConsonant(int i) => _b[i] switch
        {
            'a' or 'e' or 'i' or 'o' or 'u' => false,
            'y' => i == 0 || !IsConsonant(i - 1),
            _ => true,
        };

        /// <summary>The number of vowel-consonant sequences in <c>_b[0.._j]</c>.</summary>
        private readonly int Measure()
        {
            var n = 0;
            var i = 0;
            while (true)
            {
                if (i > _j)
                {
                    return n;
                }

                if (!IsConsonant(i))
                {
                    break;
                }

                i++;
            }

            i++;
            while (true)
            {
                while (true)
                {
                    if (i > _j)
                    {
                        return n;
                    }

                    if (IsConsonant(i))
                    {
                        break;
                    }

                    i++;
                }

                i++;
                n++;
                while (true)
                {
                    if (i > _j)
                    {
                        return n;
                    }

                    if (!IsConsonant(i))
                    {
                        break;
                    }

                    i++;
                }

                i++;
            }
        }

        private readonly bool VowelInStem()
        {
            for (var i = 0; i <= _j; i++)
            {
                if (!IsConsonant(i))
                {
                    return true;
                }
            }

            return false;
        }

        private readonly bool DoubleConsonant(int j) => j >= 1 && _b[j] == _b[j - 1] && IsConsonant(j);

        /// <summary>True when <c>i-2, i-1, i</c> is consonant-vowel-consonant and the last is not w, x or y.</summary>
        private readonly bool Cvc(int i) =>
            i >= 2 && IsConsonant(i) && !IsConsonant(i - 1) && IsConsonant(i - 2) && _b[i] is not ('w' or 'x' or 'y');

        private bool Ends(string s)
        {
            var length = s.Length;
            if (length > _k + 1 || _b[_k] != s[^1])
            {
                return false;
            }

            if (!_b.AsSpan(_k - length + 1, length).SequenceEqual(s))
            {
                return false;
            }

            _j = _k - length;
            return true;
        }

        private void SetTo(string s)
        {
            s.CopyTo(_b.AsSpan(_j + 1));
            _k = _j + s.Length;
        }

        private void ReplaceIfMeasured(string s)
        {
            if (Measure() > 0)
            {
                SetTo(s);
            }
        }

        private void Step1AB()
        {
            if (_b[_k] == 's')
            {
                if (Ends("sses"))
                {
                    _k -= 2;
                }
                else if (Ends("ies"))
                {
                    SetTo("i");
                }
                else if (_b[_k - 1] != 's')
                {
                    _k--;
                }
            }

            if (Ends("eed"))
            {
                if (Measure() > 0)
                {
                    _k--;
                }
            }
            else if ((Ends("ed") || Ends("ing")) && VowelInStem())
            {
                _k = _j;
                if (Ends("at"))
                {
                    SetTo("ate");
                }
                else if (Ends("bl"))
                {
                    SetTo("ble");
                }
                else if (Ends("iz"))
                {
                    SetTo("ize");
                }
                else if (DoubleConsonant(_k))
                {
                    if (_b[_k] is not ('l' or 's' or 'z'))
                    {
                        _k--;
                    }
                }
                else
                {
                    _j = _k;
                    if (Measure() == 1 && Cvc(_k))
                    {
                        SetTo("e");
                    }
                }
            }
        }

        private void Step1C()
        {
            if (Ends("y") && VowelInStem())
            {
                _b[_k] = 'i';
            }
        }

        // Steps 2 and 3: the first listed suffix that ends the word is replaced when the stem before it has measure > 0.
        // The reference code picks a group of rules by one letter of the suffix; the lists keep each group's order,
        // and a word can only end with suffixes of one group, so trying one list gives the same result.
        private void Step2() => ReplaceFirst(Step2Rules);

        private void Step3() => ReplaceFirst(Step3Rules);

        private void ReplaceFirst((string Suffix, string Replacement)[] rules)
        {
            foreach (var (suffix, replacement) in rules)
            {
                if (Ends(suffix))
                {
                    ReplaceIfMeasured(replacement);
                    return;
                }
            }
        }

        private void Step4()
        {
            var matched = _b[_k - 1] switch
            {
                'a' => Ends("al"),
                'c' => Ends("ance") || Ends("ence"),
                'e' => Ends("er"),
                'i' => Ends("ic"),
                'l' => Ends("able") || Ends("ible"),
                'n' => Ends("ant") || Ends("ement") || Ends("ment") || Ends("ent"),
                'o' => (Ends("ion") && _j >= 0 && _b[_j] is 's' or 't') || Ends("ou"),
                's' => Ends("ism"),
                't' => Ends("ate") || Ends("iti"),
                'u' => Ends("ous"),
                'v' => Ends("ive"),
                'z' => Ends("ize"),
                _ => false,
            };
            if (matched && Measure() > 1)
            {
                _k = _j;
            }
        }

        private void Step5()
        {
            _j = _k;
            if (_b[_k] == 'e')
            {
                var m = Measure();
                if (m > 1 || (m == 1 && !Cvc(_k - 1)))
                {
                    _k--;
                }
            }

            // The measure is still taken over the word as it was before this step (as in the reference code).
            if (_b[_k] == 'l' && DoubleConsonant(_k))
            {
                if (Measure() > 1)
                {
                    _k--;
                }
            }
        }
    }
}
