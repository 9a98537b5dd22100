namespace ThammJobs.Search.Analysis;

/// <summary>
/// Brings French feminine and plural forms to one term, on lowercase, accent-folded words: the
/// masculine singular where the ending allows (<c>infirmieres</c>, <c>infirmiere</c> → <c>infirmier</c>;
/// <c>travailleuses</c> → <c>travailleur</c>; <c>formatrice</c> → <c>formateur</c>; <c>experte</c> →
/// <c>expert</c>), else a shorter common stem (<c>charge</c>, <c>chargee</c> → <c>charg</c>).
/// Written for this site instead of Lucene's French stemmers: their feminine rule needs the accent of
/// <c>-ère</c>, so it cannot run after accent folding, and they conflate <c>conseiller</c> with
/// <c>conseil</c>. Folding first and then handling endings here makes accents optional in queries.
/// Only inflection is removed, never derivation (<c>formation</c> stays apart from <c>formateur</c>).
/// </summary>
internal static class FrenchInflection
{
    /// <summary>Normalises <paramref name="word"/>[0..<paramref name="length"/>] in place; returns the new length.</summary>
    public static int Normalize(char[] word, int length)
    {
        if (length <= 3 || !IsLowercaseAsciiWord(word, length))
        {
            return length;
        }

        length = RemovePlural(word, length);
        return ToMasculine(word, length);
    }

    private static int RemovePlural(char[] s, int len)
    {
        if (len == 7 && EndsWith(s, len, "travaux"))
        {
            // The -aux rule would give "traval" and miss "travail", the most common word of the domain.
            "travail".CopyTo(0, s, 0, 7);
            return 7;
        }

        if (len > 4 && EndsWith(s, len, "eaux"))
        {
            return len - 1;
        }

        if (len > 4 && EndsWith(s, len, "aux"))
        {
            // internationaux → international, sociaux → social.
            s[len - 2] = 'l';
            return len - 1;
        }

        if (EndsWith(s, len, "ux"))
        {
            return len - 1;
        }

        return s[len - 1] == 's' && s[len - 2] != 's' ? len - 1 : len;
    }

    private static int ToMasculine(char[] s, int len)
    {
        if (len <= 4)
        {
            return len;
        }

        if (len > 5 && EndsWith(s, len, "ee"))
        {
            // The feminine of a participle (chargee, motivee) first becomes the masculine (charge,
            // motive), which then goes through the same rules as the masculine typed directly.
            len--;
        }

        if (EndsWith(s, len, "ere"))
        {
            // infirmiere → infirmier, conseillere → conseiller, ouvriere → ouvrier.
            return len - 1;
        }

        if (len > 5 && EndsWith(s, len, "euse"))
        {
            s[len - 2] = 'r';
            return len - 1;
        }

        if (len > 6 && EndsWith(s, len, "trice"))
        {
            s[len - 4] = 'e';
            s[len - 3] = 'u';
            s[len - 2] = 'r';
            return len - 1;
        }

        if (len > 5 && (EndsWith(s, len, "enne") || EndsWith(s, len, "onne") || EndsWith(s, len, "elle") || EndsWith(s, len, "ette")))
        {
            return len - 2;
        }

        if (EndsWith(s, len, "ique"))
        {
            // publique → public (fonction publique, secteur public); technique → technic on both sides.
            s[len - 3] = 'c';
            return len - 2;
        }

        if (EndsWith(s, len, "ive"))
        {
            s[len - 2] = 'f';
            return len - 1;
        }

        return DropFinalE(s, len);
    }

    /// <summary>
    /// experte → expert, charge (chargé) → charg, nationale → national. A word whose masculine ends
    /// in -s (francaise → francais) then loses the s like the masculine did as a plural
    /// (francais → francai), so both meet.
    /// </summary>
    private static int DropFinalE(char[] s, int len)
    {
        if (s[len - 1] != 'e')
        {
            return len;
        }

        len--;
        if (len > 4 && s[len - 1] == 's' && s[len - 2] != 's')
        {
            len--;
        }

        return len;
    }

    private static bool IsLowercaseAsciiWord(char[] s, int len)
    {
        for (var i = 0; i < len; i++)
        {
            if (s[i] is < 'a' or > 'z')
            {
                return false;
            }
        }

        return true;
    }

    private static bool EndsWith(char[] s, int len, string suffix) =>
        len >= suffix.Length && s.AsSpan(len - suffix.Length, suffix.Length).SequenceEqual(suffix);
}
