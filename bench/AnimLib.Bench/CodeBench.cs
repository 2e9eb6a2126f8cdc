using System.Diagnostics;
using System.Globalization;
using System.Text;
using AnimLib.Animations;

namespace AnimLib.Bench;

/// <summary>
/// The <c>code</c> mode: how long a <see cref="Code"/> of a long C# file takes to build (tokenize, lay out, make the glyphs)
/// and how long the token diff of an edit of it takes. Times are wall seconds in this process: the first build includes
/// loading the theme and compiling the grammar; the warm builds reuse them but lay the text out again.
/// </summary>
internal static class CodeBench
{
    internal static int Run(int lines)
    {
        string source = Source(lines);
        string edited = source.Replace("total", "sum", StringComparison.Ordinal).Insert(source.IndexOf('\n', source.Length / 2) + 1, "        Log(\"halfway\");\n");
        var clock = Stopwatch.StartNew();
        var code = new Code(source);
        double cold = clock.Elapsed.TotalSeconds;
        var warm = new List<double>();
        for (int run = 0; run < 3; run++)
        {
            // A different text each time, so the layout cache does not answer for the engine.
            clock.Restart();
            _ = new Code(source + new string(' ', run + 1));
            warm.Add(clock.Elapsed.TotalSeconds);
        }
        clock.Restart();
        var target = new Code(edited);
        double editBuild = clock.Elapsed.TotalSeconds;
        clock.Restart();
        var transform = new TransformCode(code, target);
        transform.Begin();
        transform.Interpolate(0.5);
        double begin = clock.Elapsed.TotalSeconds;
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"Code of {code.LineCount} lines, {code.Tokens.Count} tokens, {code.Body.GetFamily().Count(m => m.Points.Length > 0)} glyphs: " +
            $"first build {cold:0.00} s, warm builds {string.Join(" / ", warm.Select(w => w.ToString("0.00", CultureInfo.InvariantCulture)))} s; " +
            $"edited version {editBuild:0.00} s; TransformCode diff + begin + one frame {begin:0.00} s"));
        return 0;
    }

    // A C# file of the given number of lines: the same nine-line method and a blank line, over and over, each with its own name.
    private static string Source(int lines)
    {
        var sb = new StringBuilder();
        int n = 0;
        while (n + 10 <= lines)
        {
            sb.Append(CultureInfo.InvariantCulture, $$"""
                static int Sum{{n}}(int[] values)
                {
                    // Adds the values up.
                    int total = 0;
                    foreach (var v in values)
                        total += v * {{n % 7 + 1}};
                    if (total > {{n * 3}}) return -1;
                    return total;
                }

                """);
            sb.Append('\n');
            n += 10;
        }
        while (n++ < lines) sb.Append("// end\n");
        return sb.ToString();
    }
}
