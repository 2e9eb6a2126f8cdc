using System.Text.RegularExpressions;

namespace AnimLib.Docs.Tests;

/// <summary>One ```csharp block of a Markdown file, with the setup code an invisible comment before it declares.</summary>
/// <param name="File">Path relative to the repository root.</param>
/// <param name="Line">1-based line of the opening fence.</param>
/// <param name="Code">The block's text.</param>
/// <param name="Setup">Code from a <c>&lt;!-- setup: ... --&gt;</c> comment just before the block (declarations the snippet uses, placed in the same scope: statements for a statement block, fields for a member block), or empty.</param>
public sealed record DocsCodeBlock(string File, int Line, string Code, string Setup)
{
    private static readonly Regex SetupComment = new(@"<!--\s*setup:(?<code>.*?)-->\s*$", RegexOptions.Singleline);

    /// <summary>Every ```csharp block of README.md and docs/*.md.</summary>
    public static IReadOnlyList<DocsCodeBlock> All()
    {
        var files = Directory.GetFiles(Path.Combine(RepoPaths.Root, "docs"), "*.md").Append(Path.Combine(RepoPaths.Root, "README.md"));
        var blocks = new List<DocsCodeBlock>();
        foreach (var path in files.OrderBy(f => f, StringComparer.Ordinal))
        {
            string[] lines = System.IO.File.ReadAllLines(path);
            for (int i = 0; i < lines.Length; i++)
            {
                if (lines[i].Trim() != "```csharp") continue;
                int start = i;
                var code = new List<string>();
                for (i++; i < lines.Length && lines[i].Trim() != "```"; i++) code.Add(lines[i]);
                // The setup comment, if any, ends on the line before the fence (blank lines between are allowed).
                int j = start - 1;
                while (j >= 0 && lines[j].Trim().Length == 0) j--;
                string setup = "";
                if (j >= 0 && lines[j].TrimEnd().EndsWith("-->", StringComparison.Ordinal))
                {
                    int k = j;
                    while (k > 0 && !lines[k].Contains("<!--", StringComparison.Ordinal)) k--;
                    var m = SetupComment.Match(string.Join('\n', lines[k..(j + 1)]));
                    if (m.Success) setup = m.Groups["code"].Value;
                }
                blocks.Add(new DocsCodeBlock(Path.GetRelativePath(RepoPaths.Root, path), start + 1, string.Join('\n', code), setup));
            }
        }
        return blocks;
    }

    /// <summary>The block as a compilable file: whole files stay as they are, members go into a scene, statements into its Construct.</summary>
    public string ToCompilationUnit()
    {
        string trimmed = string.Join('\n', Code.Split('\n').Where(l => !l.TrimStart().StartsWith("//", StringComparison.Ordinal))).TrimStart();
        bool isFile = Regex.IsMatch(Code, @"^\s*(using |namespace |#:|(public |internal |sealed |static |abstract )*(class|record|struct) )", RegexOptions.Multiline)
            && !trimmed.StartsWith("protected ", StringComparison.Ordinal);
        if (isFile) return Code;
        bool isMember = Regex.IsMatch(trimmed, @"^(protected|public|private|internal|override|static)\b");
        if (isMember) return $"public sealed class DocsSnippet : Scene\n{{\n{Setup}\n{Code}\n}}\n";
        return $"public sealed class DocsSnippet : Scene\n{{\n    protected override void Construct()\n    {{\n{Setup}\n{Code}\n    }}\n}}\n";
    }

    /// <inheritdoc/>
    public override string ToString() => $"{File}:{Line}";
}
