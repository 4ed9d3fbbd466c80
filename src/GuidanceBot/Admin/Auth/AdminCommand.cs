namespace GuidanceBot.Admin.Auth;

/// <summary>
/// <c>admin hash-password</c>: reads a password (hidden when typed at a terminal, or one line from standard input)
/// and prints the hash to paste into <c>Admin:Users:N:PasswordHash</c>.
/// </summary>
public static class AdminCommand
{
    public static Task<int> RunAsync(string[] args)
    {
        if (args is not ["hash-password"])
        {
            Console.Error.WriteLine("Usage: admin hash-password   (then type the password; it is not shown)");
            return Task.FromResult(2);
        }

        if (!Console.IsInputRedirected)
        {
            Console.Error.Write("Password: ");
        }

        var password = Console.IsInputRedirected ? Console.In.ReadLine() : ReadHidden();
        if (string.IsNullOrEmpty(password) || password.Length < 10)
        {
            Console.Error.WriteLine("Choose a password of at least 10 characters.");
            return Task.FromResult(1);
        }

        Console.WriteLine(LocalAccounts.Hash(password));
        return Task.FromResult(0);
    }

    private static string ReadHidden()
    {
        var password = new System.Text.StringBuilder();
        while (Console.ReadKey(intercept: true) is var key && key.Key != ConsoleKey.Enter)
        {
            if (key.Key == ConsoleKey.Backspace && password.Length > 0)
            {
                password.Length--;
            }
            else if (!char.IsControl(key.KeyChar))
            {
                password.Append(key.KeyChar);
            }
        }

        Console.Error.WriteLine();
        return password.ToString();
    }
}
