/**
 * The most common breached passwords of at least 8 characters (shorter ones are refused by the
 * length rule anyway), after well-known public lists (RockYou, SplashData/NordPass yearly top lists,
 * NCSC's top 100k), plus a few words specific to this site. Matched case-insensitively, so
 * "Password1" and "PASSWORD1" are refused too. Shipped in the repo: no network look-ups.
 * Whitespace-separated; add words freely (>= 8 characters, no spaces).
 */
const LIST = `
12345678 123456789 1234567890 0123456789 11111111 1111111111 00000000 0000000000 22222222 33333333
44444444 55555555 66666666 77777777 88888888 99999999 12341234 12121212 11223344 11112222
87654321 98765432 987654321 9876543210 123123123 123321123 12344321 1234554321 123456780 12345679
123456654321 123654789 147258369 147852369 159357456 159753456 159753852 741852963 963852741 789456123
456789123 321654987 135792468 1029384756 147896325 753951456 852456753 951753852 789654123 123412345
1234512345 1234567899 12345678910 123456789a 1234567a 1234567q 12345678a 12345qwert 123456qwerty 11235813
31415926 3141592653 20202020 10101010 13131313 14141414 21212121 69696969 80808080 12131415
password password1 password12 password123 password1234 password12345 password01 password2 password3 password!
password1! password@123 password#1 passw0rd passw0rd1 p@ssw0rd p@ssw0rd1 p@ssword p@ssword1 pa$$word
pa$$w0rd passwort passwort1 motdepasse contraseña contrasena senha123 wachtwoord salasana parola123
qwertyuiop qwertyui qwerty12 qwerty123 qwerty1234 qwerty12345 qwerty123456 qwertyuiop123 qwerty1! qwerty123!
qwertz123 qwertzuiop azertyuiop azerty123 azerty1234 asdfghjkl asdfghjk asdfghjkl1 asdf1234 asdfasdf
asdfjkl; asd123456 asdqwe123 asdasdasd asdfgh123 zxcvbnm1 zxcvbnm123 zxcvbnmm zxcvbn123 zxc123456
zxcvasdf qwerasdf qwer1234 1234qwer 1234asdf 1234abcd abcd1234 abc12345 abc123456 abc123abc
123abc123 a1b2c3d4 a1b2c3d4e5 a123456789 a12345678 aa123456 aa12345678 aaa12345 qq123456 q123456789
qwe123456 qwe12345 qweasdzxc qweasd123 123qweasd 123qweasdzxc qweqweqwe 1qaz2wsx 1qaz2wsx3edc 1qazxsw2
1qaz@wsx !qaz2wsx zaq12wsx zaq1zaq1 zaq1xsw2 xsw2zaq1 1q2w3e4r 1q2w3e4r5t 1q2w3e4r5t6y q1w2e3r4
q1w2e3r4t5 q1w2e3r4t5y6 1q2w3e4r5 qazwsxedc qazwsx123 qazxswedc abcdefgh abcdefg1 abcdefgh1 abcdef123
aaaaaaaa aaaaaaaaaa abcabcabc zzzzzzzz xxxxxxxx iloveyou iloveyou1 iloveyou2 iloveyou! iloveu123
iloveyou123 loveyou1 lovelove lovely123 loveme123 sunshine sunshine1 princess princess1 princess123
football football1 football123 baseball baseball1 basketball soccer123 hockey123 superman superman1
batman123 spiderman starwars starwars1 trustno1 whatever whatever1 welcome1 welcome123 welcome! letmein1
letmein123 letmein! master123 masterkey michael1 jennifer jordan23 computer computer1 internet
michelle corvette mercedes mustang1 maverick midnight samantha jessica1 charlie1 chocolate
butterfly liverpool chelsea1 arsenal1 manchester barcelona realmadrid juventus pokemon1 pokemon123
dragon123 monkey123 shadow12 shadow123 freedom1 12qwaszx changeme changeme1 changeme123 administrator
admin123 admin1234 admin12345 admin@123 adminadmin administrator1 root1234 rootroot toor1234 test1234
testtest test12345 testing1 testing123 guest123 default1 default123 secret123 secret12 passpass
pass1234 pass12345 pass@123 letmeinnow alexander elizabeth christopher jonathan nicholas victoria
danielle sweetheart beautiful greenday blink182 metallica nirvana1 slipknot playstation playstation2
nintendo minecraft minecraft1 fortnite roblox123 naruto123 dragonball doraemon hellokitty snoopy12
tinkerbell babygirl1 babygirl angel123 jesus123 jesuschrist blessed1 godisgood trinity1 matrix123
anthony1 michael123 jordan123 andrew123 charlie123 daniel123 robert123 thomas123 william1 richard1
matthew1 joshua123 ashley123 jessica123 amanda123 nicole123 melissa1 jasmine1 stephanie heather1
rainbow1 flower123 cookie123 peanut123 cheese123 banana123 orange123 apple123 pepper123 summer123
summer2020 summer2021 summer2022 summer2023 summer2024 summer2025 summer2026 winter2020 winter2021 winter2022
winter2023 winter2024 winter2025 winter2026 spring2023 spring2024 spring2025 spring2026 autumn2024 autumn2025
password2020 password2021 password2022 password2023 password2024 password2025 password2026 welcome2023 welcome2024 welcome2025
january1 february march2024 december christmas christmas1 halloween valentine newyork1 london123
california 1qaz1qaz 2wsx3edc 3edc4rfv 4rfv5tgb 5tgb6yhn 6yhn7ujm qwaszx12 qwaszxqw poiuytrewq
lkjhgfdsa mnbvcxz1 0987654321 09876543 9876543211 1123581321 0000000001 1234567891 1234567812 1231231234
iamthebest imthebest letmein2 opensesame open1234 access14 access123 accessdenied nopassword noaccess
mypassword mypassword1 mypass123 yourpassword thepassword newpassword newpass1 newpass123 oldpassword
secretpassword supersecret topsecret verysecret privatepassword passcode passcode1 passphrase pa55word
pa55w0rd p4ssw0rd p4ssword passw0rd! passw0rd123 passwd123 pwd12345 pass1word password1234567 password0
loveyou123 iloveme1 iloveme123 myspace1 facebook facebook1 google123 youtube1 twitter1 instagram
linkedin yahoo123 hotmail1 gmail123 outlook1 microsoft windows1 windows10 apple1234 samsung1 iphone123
android1 computer123 laptop123 internet1 wireless wifi1234 network1 server123 database database1
developer programmer hacker123 killer123 killer12 ninja123 pirate123 monster1 tigger123 tigger12
buster123 ginger123 maggie123 bailey123 harley123 rocky123 lucky123 snoopy123 scooter1 charlie12
jackson1 hunter123 hunter12 ranger123 thunder1 lightning phoenix1 dragon12 dragons1 knight123
diamond1 silver123 golden123 crystal1 platinum sapphire emerald1 rosebud1 angel1234 angels12
brandon1 justin123 austin123 dallas123 boston12 chicago1 houston1 florida1 texas123 canada123
australia england1 germany1 france123 italia123 brazil123 mexico123 india123 pakistan1 nigeria1
qwerty11 qwerty69 qwerty007 asdf12345 zxcv1234 1234zxcv 4321rewq 1q1q1q1q 1a2b3c4d 1a2s3d4f
a1s2d3f4 z1x2c3v4 q2w3e4r5 12qw12qw 123qwe123 qwe123qwe 1q2w3e1q2w3e 1234rewq 1234567qwerty 123456abc
123456abcd 12345abc 12345abcd abc123abc123 abcd12345 abcde12345 abcdefg123 abcdefghi abcdefghij aabbccdd
qwertyqwerty passwordpassword 11111111a 123456789q 123456789z 0987poiu 7777777a 8888888a 666666aa 11qq22ww
letmein12 iloveyou12 sunshine12 princess12 football12 baseball12 superman12 starwars12 whatever12 welcome12
healio123 healio1234 healio2024 healio2025 healio2026 healiopass healiopassword pharmacy pharmacy1 pharmacy123
medicine medicine1 medicine123 doctor123 hospital nurse123 health123 healthcare wellness1 pills123
`;

export const COMMON_PASSWORDS: ReadonlySet<string> = new Set(
  LIST.split(/\s+/)
    .filter(Boolean)
    .map((p) => p.toLowerCase()),
);
