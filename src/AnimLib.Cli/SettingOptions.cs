using System.CommandLine;

namespace AnimLib.Cli;

/// <summary>The command-line options of the settings in <see cref="CliSettings.All"/>, shared by <c>render</c> and <c>config show</c>.</summary>
public sealed class SettingOptions
{
    private readonly List<(CliSetting Setting, Option Option)> _options = [];

    /// <summary>Creates one option per setting.</summary>
    public SettingOptions()
    {
        foreach (var s in CliSettings.All)
        {
            string[] aliases = s.Alias is null ? [] : [s.Alias];
            string help = s.Description + (s.Default is null || s.IsFlag ? "" : $" [default: {s.Default}]");
            Option option = s.IsFlag
                ? new Option<bool>(s.Flag, aliases) { Description = help }
                : new Option<string?>(s.Flag, aliases) { Description = help, HelpName = s.HelpName };
            _options.Add((s, option));
        }
    }

    /// <summary>The options, to add to a command.</summary>
    public IEnumerable<Option> Options => _options.Select(o => o.Option);

    /// <summary>The settings given on the command line, as raw text by key.</summary>
    public Dictionary<string, string> Read(ParseResult parse)
    {
        var values = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var (setting, option) in _options)
        {
            if (parse.GetResult(option) is not { Implicit: false }) continue;
            if (option is Option<bool> flag) values[setting.Key] = parse.GetValue(flag) ? "true" : "false";
            else if (parse.GetValue((Option<string?>)option) is { } text) values[setting.Key] = text;
        }
        return values;
    }
}
