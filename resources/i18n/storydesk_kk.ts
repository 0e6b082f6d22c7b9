<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="kk" sourcelanguage="en">
<context>
    <name>AboutDialog</name>
    <message>
        <source>About StoryDesk</source>
        <translation>StoryDesk туралы</translation>
    </message>
    <message>
        <source>About</source>
        <translation>Бағдарлама туралы</translation>
    </message>
    <message>
        <source>Licences</source>
        <translation>Лицензиялар</translation>
    </message>
    <message>
        <source>&amp;Copy Details</source>
        <translation>Мәліметтерді &amp;көшіру</translation>
    </message>
    <message>
        <source>Copy the version, folders and sizes, to send to whoever helps you</source>
        <translation>Сізге көмектесетін адамға жіберу үшін нұсқаны, қалталар мен көлемдерді көшіру</translation>
    </message>
    <message>
        <source>StoryDesk {version}</source>
        <translation>StoryDesk {version}</translation>
    </message>
    <message>
        <source>An offline catalogue of development stories.</source>
        <translation>Даму саласындағы оқиғалардың офлайн каталогы.</translation>
    </message>
    <message>
        <source>Data folder</source>
        <translation>Деректер қалтасы</translation>
    </message>
    <message>
        <source>&amp;Open Folder</source>
        <translation>Қалтаны &amp;ашу</translation>
    </message>
    <message>
        <source>Show the data folder in the file manager</source>
        <translation>Деректер қалтасын файл менеджерінде көрсету</translation>
    </message>
    <message>
        <source>Log file</source>
        <translation>Журнал файлы</translation>
    </message>
    <message>
        <source>Measuring…</source>
        <translation>Есептелуде…</translation>
    </message>
    <message>
        <source>Data folder:</source>
        <translation>Деректер қалтасы:</translation>
    </message>
    <message>
        <source>Log file:</source>
        <translation>Журнал файлы:</translation>
    </message>
    <message>
        <source>Stories:</source>
        <translation>Оқиғалар:</translation>
    </message>
    <message>
        <source>Shared catalogue:</source>
        <translation>Ортақ каталог:</translation>
    </message>
    <message>
        <source>Catalogue size:</source>
        <translation>Каталог көлемі:</translation>
    </message>
    <message>
        <source>Catalogue file:</source>
        <translation>Каталог файлы:</translation>
    </message>
    <message>
        <source>Photos:</source>
        <translation>Фотолар:</translation>
    </message>
    <message>
        <source>Runs on:</source>
        <translation>Жұмыс ортасы:</translation>
    </message>
    <message>
        <source>Qt {qt}, PySide6 {pyside}, Python {python}, {system}</source>
        <translation>Qt {qt}, PySide6 {pyside}, Python {python}, {system}</translation>
    </message>
    <message numerus="yes">
        <source>{size} in %Ln files</source>
        <translation>
            <numerusform>%Ln файлда {size}</numerusform>
            <numerusform>%Ln файлда {size}</numerusform>
        </translation>
    </message>
    <message>
        <source>none stored</source>
        <translation>сақталғаны жоқ</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>белгісіз</translation>
    </message>
    <message>
        <source>StoryDesk is built on the work of others. These fonts and libraries ship with it, under their own licences.</source>
        <translation>StoryDesk басқалардың еңбегіне сүйеніп жасалған. Төмендегі қаріптер мен кітапханалар онымен бірге өз лицензияларымен таратылады.</translation>
    </message>
    <message>
        <source>Fonts and libraries</source>
        <translation>Қаріптер мен кітапханалар</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Атауы</translation>
    </message>
    <message>
        <source>Version</source>
        <translation>Нұсқасы</translation>
    </message>
    <message>
        <source>Licence</source>
        <translation>Лицензиясы</translation>
    </message>
    <message>
        <source>&amp;View Licence…</source>
        <translation>Лицензияны &amp;қарау…</translation>
    </message>
    <message>
        <source>Qt and PySide6 are used under the GNU Lesser General Public License, version 3 (https://www.gnu.org/licenses/lgpl-3.0.html); their source is at https://code.qt.io.</source>
        <translation>Qt және PySide6 GNU Lesser General Public License лицензиясының 3-нұсқасы (https://www.gnu.org/licenses/lgpl-3.0.html) бойынша пайдаланылады; олардың бастапқы коды https://code.qt.io сайтында.</translation>
    </message>
    <message>
        <source>font</source>
        <translation>қаріп</translation>
    </message>
    <message>
        <source>toolkit</source>
        <translation>құралдар жиынтығы</translation>
    </message>
    <message>
        <source>{name} ({kind})</source>
        <translation>{name} ({kind})</translation>
    </message>
    <message>
        <source>This one ships no licence text</source>
        <translation>Бұған лицензия мәтіні қоса берілмеген</translation>
    </message>
    <message>
        <source>Read the licence text</source>
        <translation>Лицензия мәтінін оқу</translation>
    </message>
    <message>
        <source>Data folder: {path}</source>
        <translation>Деректер қалтасы: {path}</translation>
    </message>
    <message>
        <source>Log file: {path}</source>
        <translation>Журнал файлы: {path}</translation>
    </message>
    <message>
        <source>Shared catalogue: {url}</source>
        <translation>Ортақ каталог: {url}</translation>
    </message>
    <message>
        <source>Stories: {count}</source>
        <translation>Оқиғалар: {count}</translation>
    </message>
    <message>
        <source>Catalogue size: {size}</source>
        <translation>Каталог көлемі: {size}</translation>
    </message>
    <message>
        <source>Catalogue file: {size}</source>
        <translation>Каталог файлы: {size}</translation>
    </message>
    <message>
        <source>Photos: {size}</source>
        <translation>Фотолар: {size}</translation>
    </message>
</context>
<context>
    <name>BackupController</name>
    <message>
        <source>Backing up the catalogue…</source>
        <translation>Каталогтың сақтық көшірмесі жасалуда…</translation>
    </message>
    <message>
        <source>The backup was not made</source>
        <translation>Сақтық көшірме жасалмады</translation>
    </message>
    <message>
        <source>Restoring the catalogue from the backup…</source>
        <translation>Каталог сақтық көшірмеден қалпына келтірілуде…</translation>
    </message>
    <message>
        <source>The catalogue was not restored</source>
        <translation>Каталог қалпына келтірілмеді</translation>
    </message>
</context>
<context>
    <name>BackupProgressDialog</name>
    <message>
        <source>Catalogue Backup</source>
        <translation>Каталогтың сақтық көшірмесі</translation>
    </message>
    <message>
        <source>Backup progress</source>
        <translation>Сақтық көшірме жасау барысы</translation>
    </message>
</context>
<context>
    <name>Backups</name>
    <message>
        <source>{path}: the copy failed its integrity check ({result})</source>
        <translation>{path}: көшірме тұтастықты тексеруден өтпеді ({result})</translation>
    </message>
    <message>
        <source>{path}: the backup failed ({error})</source>
        <translation>{path}: сақтық көшірме жасалмады ({error})</translation>
    </message>
    <message>
        <source>{path}: no such backup file</source>
        <translation>{path}: мұндай сақтық көшірме файлы жоқ</translation>
    </message>
    <message>
        <source>{path}: damaged, or not a SQLite catalogue ({error})</source>
        <translation>{path}: зақымдалған немесе SQLite каталогы емес ({error})</translation>
    </message>
    <message>
        <source>{path}: the backup is damaged (integrity check: {result})</source>
        <translation>{path}: сақтық көшірме зақымдалған (тұтастықты тексеру: {result})</translation>
    </message>
    <message>
        <source>{path}: not a StoryDesk catalogue (no {tables} table)</source>
        <translation>{path}: StoryDesk каталогы емес ({tables} кестесі жоқ)</translation>
    </message>
    <message>
        <source>{path}: not a sound SQLite catalogue ({error})</source>
        <translation>{path}: жарамды SQLite каталогы емес ({error})</translation>
    </message>
    <message>
        <source>no good backup was found in {folder}</source>
        <translation>{folder} қалтасынан жарамды сақтық көшірме табылмады</translation>
    </message>
    <message>
        <source>the newest good backup is {path} ({stories} stories, {taken}); restore it with: {command}</source>
        <translation>ең соңғы жарамды сақтық көшірме: {path} ({stories} оқиға, {taken}); оны мына пәрменмен қалпына келтіріңіз: {command}</translation>
    </message>
    <message>
        <source>{path}: the restore failed ({error})</source>
        <translation>{path}: қалпына келтіру сәтсіз аяқталды ({error})</translation>
    </message>
    <message>
        <source>the daily backup could not be made: {error}</source>
        <translation>күнделікті сақтық көшірме жасалмады: {error}</translation>
    </message>
    <message>
        <source>{url}: the catalogue is shared on PostgreSQL; back it up and restore it on the server with pg_dump and pg_restore (see docs/headquarters.md)</source>
        <translation>{url}: бұл — PostgreSQL-дегі ортақ каталог; оның сақтық көшірмесін серверде pg_dump пәрменімен жасап, pg_restore пәрменімен қалпына келтіріңіз (docs/headquarters.md құжатын қараңыз)</translation>
    </message>
</context>
<context>
    <name>BasketDock</name>
    <message>
        <source>Briefing Basket</source>
        <translation>Брифинг себеті</translation>
    </message>
    <message>
        <source>Briefing basket</source>
        <translation>Брифинг себеті</translation>
    </message>
    <message>
        <source>Move Up</source>
        <translation>Жоғары жылжыту</translation>
    </message>
    <message>
        <source>Move Down</source>
        <translation>Төмен жылжыту</translation>
    </message>
    <message>
        <source>Remove from Basket</source>
        <translation>Себеттен алып тастау</translation>
    </message>
    <message>
        <source>Export…</source>
        <translation>Экспорт…</translation>
    </message>
    <message>
        <source>Export the basket as a briefing pack (Ctrl+E)</source>
        <translation>Себетті брифинг-пакет ретінде экспорттау (Ctrl+E)</translation>
    </message>
    <message>
        <source>Export the basket as a briefing pack</source>
        <translation>Себетті брифинг-пакет ретінде экспорттау</translation>
    </message>
    <message>
        <source>Print…</source>
        <translation>Басып шығару…</translation>
    </message>
    <message>
        <source>Preview and print the basket as a briefing pack</source>
        <translation>Себетті брифинг-пакет ретінде алдын ала қарап, басып шығару</translation>
    </message>
    <message>
        <source>Print the basket as a briefing pack</source>
        <translation>Себетті брифинг-пакет ретінде басып шығару</translation>
    </message>
    <message>
        <source>Save as Collection…</source>
        <translation>Топтама ретінде сақтау…</translation>
    </message>
    <message>
        <source>Keep the basket, in its order, as a named collection</source>
        <translation>Себетті ондағы ретімен атаулы топтама ретінде сақтау</translation>
    </message>
    <message>
        <source>Save the basket as a collection</source>
        <translation>Себетті топтама ретінде сақтау</translation>
    </message>
    <message>
        <source>Export Bundle…</source>
        <translation>Оқиғалар жинағын экспорттау…</translation>
    </message>
    <message>
        <source>Export the basket as a story bundle for another StoryDesk (Ctrl+Shift+E)</source>
        <translation>Себетті басқа StoryDesk үшін оқиғалар жинағы ретінде экспорттау (Ctrl+Shift+E)</translation>
    </message>
    <message>
        <source>Export the basket as a story bundle</source>
        <translation>Себетті оқиғалар жинағы ретінде экспорттау</translation>
    </message>
    <message>
        <source>Empty: add stories with Ctrl+B</source>
        <translation>Бос: оқиғаларды Ctrl+B арқылы қосыңыз</translation>
    </message>
    <message numerus="yes">
        <source>%Ln stories</source>
        <translation>
            <numerusform>%Ln оқиға</numerusform>
            <numerusform>%Ln оқиға</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>BasketTitleDelegate</name>
    <message>
        <source>{number}.</source>
        <translation>{number}.</translation>
    </message>
</context>
<context>
    <name>BundleExportController</name>
    <message>
        <source>The bundle was not written</source>
        <translation>Оқиғалар жинағы жазылмады</translation>
    </message>
</context>
<context>
    <name>BundleExportDialog</name>
    <message>
        <source>Export Bundle</source>
        <translation>Оқиғалар жинағын экспорттау</translation>
    </message>
    <message>
        <source>Stories</source>
        <translation>Оқиғалар</translation>
    </message>
    <message numerus="yes">
        <source>The %Ln stories in the bas&amp;ket, in its order</source>
        <translation>
            <numerusform>&amp;Себеттегі %Ln оқиға, ондағы ретімен</numerusform>
            <numerusform>&amp;Себеттегі %Ln оқиға, ондағы ретімен</numerusform>
        </translation>
    </message>
    <message>
        <source>A &amp;collection:</source>
        <translation>&amp;Топтама:</translation>
    </message>
    <message>
        <source>Collection</source>
        <translation>Топтама</translation>
    </message>
    <message numerus="yes">
        <source>{name} (%Ln stories)</source>
        <translation>
            <numerusform>{name} (%Ln оқиға)</numerusform>
            <numerusform>{name} (%Ln оқиға)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The %Ln stories of the current &amp;results, in their order</source>
        <translation>
            <numerusform>Ағымдағы &amp;нәтижелердегі %Ln оқиға, көрсетілген ретімен</numerusform>
            <numerusform>Ағымдағы &amp;нәтижелердегі %Ln оқиға, көрсетілген ретімен</numerusform>
        </translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Атауы</translation>
    </message>
    <message>
        <source>Publisher</source>
        <translation>Баспагер</translation>
    </message>
    <message>
        <source>e.g. UNDP Kyrgyzstan</source>
        <translation>мысалы, БҰҰДБ Қырғызстан</translation>
    </message>
    <message>
        <source>Sign with my publisher key</source>
        <translation>Менің баспагер кілтіммен қол қою</translation>
    </message>
    <message>
        <source>This catalogue has no publisher key. Make one in Settings › Publishers (or with: storydesk keys generate --publisher NAME), then sign bundles so others can tell they come from you.</source>
        <translation>Бұл каталогта баспагер кілті жоқ. Оны Баптаулар › Баспагерлер бөлімінде (немесе мына пәрменмен: storydesk keys generate --publisher NAME) жасаңыз, содан кейін басқалар оқиғалар жинақтарының сізден келгенін білуі үшін оларға қол қойыңыз.</translation>
    </message>
    <message>
        <source>Signed bundles say who made them: a catalogue that trusts your key shows them as from {publisher} (key {fingerprint}).</source>
        <translation>Қол қойылған оқиғалар жинақтары оларды кім жасағанын көрсетеді: сіздің кілтіңізге сенетін каталог оларды {publisher} баспагерінен келген деп көрсетеді (кілт: {fingerprint}).</translation>
    </message>
    <message>
        <source>Save as</source>
        <translation>Сақтау орны</translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation>&amp;Шолу…</translation>
    </message>
    <message>
        <source>Choose where to save the bundle</source>
        <translation>Оқиғалар жинағын сақтайтын орынды таңдау</translation>
    </message>
    <message>
        <source>&amp;Title:</source>
        <translation>&amp;Атауы:</translation>
    </message>
    <message>
        <source>&amp;Publisher:</source>
        <translation>&amp;Баспагер:</translation>
    </message>
    <message>
        <source>&amp;Save as:</source>
        <translation>Сақтау &amp;орны:</translation>
    </message>
    <message>
        <source>Export</source>
        <translation>Экспорттау</translation>
    </message>
    <message>
        <source>There are no stories to put in a bundle: add some to the basket (Ctrl+B), fill a collection, or search for them first.</source>
        <translation>Оқиғалар жинағына салатын оқиға жоқ: алдымен оқиғаларды себетке қосыңыз (Ctrl+B), топтаманы толтырыңыз немесе оқиғаларды іздеп табыңыз.</translation>
    </message>
    <message numerus="yes">
        <source>%n stories</source>
        <translation>
            <numerusform>%n оқиға</numerusform>
            <numerusform>%n оқиға</numerusform>
        </translation>
    </message>
    <message>
        <source>Save the Bundle As</source>
        <translation>Оқиғалар жинағын сақтау</translation>
    </message>
    <message>
        <source>Story bundles (*.storybundle)</source>
        <translation>Оқиғалар жинақтары (*.storybundle)</translation>
    </message>
    <message>
        <source>There are no stories to put in a bundle.</source>
        <translation>Оқиғалар жинағына салатын оқиға жоқ.</translation>
    </message>
    <message>
        <source>Choose where to save the bundle.</source>
        <translation>Оқиғалар жинағын сақтайтын орынды таңдаңыз.</translation>
    </message>
    <message>
        <source>{path} is a folder; add a file name.</source>
        <translation>{path} — қалта; файл атауын қосыңыз.</translation>
    </message>
    <message>
        <source>The folder {folder} does not exist.</source>
        <translation>{folder} қалтасы жоқ.</translation>
    </message>
    <message>
        <source>Replace File?</source>
        <translation>Файлды ауыстыру керек пе?</translation>
    </message>
    <message>
        <source>{file} already exists. Replace it?</source>
        <translation>{file} бұрыннан бар. Оны ауыстыру керек пе?</translation>
    </message>
</context>
<context>
    <name>BundleProgressDialog</name>
    <message>
        <source>Exporting a Bundle</source>
        <translation>Оқиғалар жинағын экспорттау</translation>
    </message>
    <message>
        <source>Writing the bundle…</source>
        <translation>Оқиғалар жинағы жазылуда…</translation>
    </message>
    <message>
        <source>Bundle progress</source>
        <translation>Оқиғалар жинағын жазу барысы</translation>
    </message>
    <message>
        <source>Cancel the bundle</source>
        <translation>Оқиғалар жинағынан бас тарту</translation>
    </message>
    <message>
        <source>Cancelling… no file will be written.</source>
        <translation>Тоқтатылуда… бірде-бір файл жазылмайды.</translation>
    </message>
    <message>
        <source>Writing story {number} of {count}…</source>
        <translation>Оқиға жазылуда ({number} / {count})…</translation>
    </message>
</context>
<context>
    <name>Bundles</name>
    <message>
        <source>has no bundle.json: nothing checks its files (read as unsigned)</source>
        <translation>bundle.json жоқ: оның файлдарын ештеңе тексермейді (қолтаңбасыз ретінде оқылады)</translation>
    </message>
    <message>
        <source>bundle.json lists no files: nothing checks them (read as unsigned)</source>
        <translation>bundle.json тізімінде бірде-бір файл жоқ: файлдарды ештеңе тексермейді (қолтаңбасыз ретінде оқылады)</translation>
    </message>
    <message>
        <source>bundle.json is not valid JSON ({error})</source>
        <translation>bundle.json жарамды JSON емес ({error})</translation>
    </message>
    <message>
        <source>bundle.json is nested too deeply to be a manifest</source>
        <translation>bundle.json тым терең кірістірілген, ол манифест бола алмайды</translation>
    </message>
    <message>
        <source>bundle.json is not an object</source>
        <translation>bundle.json объект емес</translation>
    </message>
    <message>
        <source>bundle.json names format {format}</source>
        <translation>bundle.json басқа пішімді көрсетеді: {format}</translation>
    </message>
    <message>
        <source>bundle format version {version} is newer than this StoryDesk reads ({known})</source>
        <translation>оқиғалар жинағының пішім нұсқасы ({version}) осы StoryDesk оқи алатын нұсқадан ({known}) жаңа</translation>
    </message>
    <message>
        <source>bundle.json gives a malformed {key}</source>
        <translation>bundle.json ішіндегі «{key}» өрісі қате жазылған</translation>
    </message>
    <message>
        <source>bundle.json &apos;files&apos; is not a list</source>
        <translation>bundle.json ішіндегі «files» өрісі тізім емес</translation>
    </message>
    <message>
        <source>bundle.json lists a file without a path</source>
        <translation>bundle.json тізімінде жолы көрсетілмеген файл бар</translation>
    </message>
    <message>
        <source>bundle.json lists &apos;{path}&apos;, which {reason}</source>
        <translation>bundle.json тізіміндегі «{path}»: {reason}</translation>
    </message>
    <message>
        <source>bundle.json gives a malformed checksum for &apos;{path}&apos;</source>
        <translation>bundle.json ішінде «{path}» үшін бақылау сомасы қате жазылған</translation>
    </message>
    <message>
        <source>bundle.json &apos;{key}&apos; is not a list</source>
        <translation>bundle.json ішіндегі «{key}» өрісі тізім емес</translation>
    </message>
    <message>
        <source>bundle.json withdraws {count:,} stories, over the {limit:,} limit</source>
        <translation>bundle.json {count:,} оқиғаны қайтарып алады, бұл {limit:,} шегінен асады</translation>
    </message>
    <message>
        <source>bundle.json says it is signed, but bundle.sig is missing</source>
        <translation>bundle.json бойынша оған қол қойылған, бірақ bundle.sig жоқ</translation>
    </message>
    <message>
        <source>bundle.sig is there, but bundle.json is missing</source>
        <translation>bundle.sig бар, бірақ bundle.json жоқ</translation>
    </message>
    <message>
        <source>bundle.sig: {reason}</source>
        <translation>bundle.sig: {reason}</translation>
    </message>
    <message>
        <source>bundle.json&apos;s {key} is not the key that signed it ({fingerprint})</source>
        <translation>bundle.json ішіндегі «{key}» өрісінде көрсетілген кілт оған қол қойған кілт емес ({fingerprint})</translation>
    </message>
    <message>
        <source>signed with a publisher key revoked here (fingerprint {fingerprint})</source>
        <translation>мұнда қайтарылған баспагер кілтімен қол қойылған (саусақ ізі: {fingerprint})</translation>
    </message>
    <message>
        <source>{member}: {reason}; a signed bundle is taken whole or not at all</source>
        <translation>{member}: {reason}; қол қойылған оқиғалар жинағы не толығымен қабылданады, не мүлдем қабылданбайды</translation>
    </message>
    <message>
        <source>not listed in bundle.json</source>
        <translation>bundle.json тізімінде жоқ</translation>
    </message>
    <message>
        <source>bundle.json lists itself or bundle.sig</source>
        <translation>bundle.json тізімінде өзі не bundle.sig көрсетілген</translation>
    </message>
    <message>
        <source>listed in bundle.json but missing</source>
        <translation>bundle.json тізімінде бар, бірақ файлдың өзі жоқ</translation>
    </message>
    <message>
        <source>bundle.json gives no checksum or size for it</source>
        <translation>bundle.json ішінде оның бақылау сомасы не көлемі көрсетілмеген</translation>
    </message>
    <message>
        <source>is {size:,} bytes but bundle.json says {declared:,}</source>
        <translation>көлемі {size:,} байт, бірақ bundle.json бойынша {declared:,} байт</translation>
    </message>
    <message>
        <source>checksum does not match bundle.json</source>
        <translation>бақылау сомасы bundle.json ішіндегі мәнге сәйкес келмейді</translation>
    </message>
    <message>
        <source>{file} is not valid YAML</source>
        <translation>{file} жарамды YAML емес</translation>
    </message>
    <message>
        <source>{file} is not a list of {what}</source>
        <translation>{file} — {what} тізімі емес</translation>
    </message>
    <message>
        <source>could not be read ({error})</source>
        <translation>оқылмады ({error})</translation>
    </message>
    <message>
        <source>image &apos;{image}&apos; is missing</source>
        <translation>«{image}» суреті жоқ</translation>
    </message>
    <message>
        <source>the bundle holds no stories</source>
        <translation>оқиғалар жинағында бірде-бір оқиға жоқ</translation>
    </message>
    <message>
        <source>{path}: {reason}</source>
        <translation>{path}: {reason}</translation>
    </message>
    <message>
        <source>the bundle</source>
        <translation>оқиғалар жинағын жасау</translation>
    </message>
    <message>
        <source>no stories to put in the bundle</source>
        <translation>оқиғалар жинағына енгізетін оқиға жоқ</translation>
    </message>
    <message>
        <source>{path}: cannot write the bundle ({error})</source>
        <translation>{path}: оқиғалар жинағын жазу мүмкін емес ({error})</translation>
    </message>
    <message>
        <source>bundle.sig is too large to be a signature</source>
        <translation>bundle.sig қолтаңба болу үшін тым үлкен</translation>
    </message>
    <message>
        <source>bundle.sig is not a signature (not JSON)</source>
        <translation>bundle.sig қолтаңба емес (JSON емес)</translation>
    </message>
    <message>
        <source>bundle.sig is not a StoryDesk signature</source>
        <translation>bundle.sig — StoryDesk қолтаңбасы емес</translation>
    </message>
    <message>
        <source>bundle.sig uses a signature this StoryDesk does not know</source>
        <translation>bundle.sig осы StoryDesk білмейтін қолтаңба түрін пайдаланады</translation>
    </message>
    <message>
        <source>bundle.sig was changed after signing</source>
        <translation>bundle.sig қол қойылғаннан кейін өзгертілген</translation>
    </message>
    <message>
        <source>bundle.sig is malformed</source>
        <translation>bundle.sig құрылымы бұзылған</translation>
    </message>
    <message>
        <source>bundle.sig names a fingerprint that is not its key&apos;s</source>
        <translation>bundle.sig ішінде көрсетілген саусақ ізі ондағы кілтке сәйкес келмейді</translation>
    </message>
    <message>
        <source>the signature does not match bundle.json (the bundle was changed)</source>
        <translation>қолтаңба bundle.json файлына сәйкес келмейді (оқиғалар жинағы өзгертілген)</translation>
    </message>
    <message>
        <source>{path}: the bundle&apos;s manifest gives no creation time</source>
        <translation>{path}: оқиғалар жинағының манифестінде жасалған уақыты көрсетілмеген</translation>
    </message>
</context>
<context>
    <name>CancellableProgressDialog</name>
    <message>
        <source>Cancel</source>
        <translation>Бас тарту</translation>
    </message>
    <message>
        <source>Cancelling…</source>
        <translation>Тоқтатылуда…</translation>
    </message>
</context>
<context>
    <name>Catalogue</name>
    <message>
        <source>{path}: the catalogue is at schema revision {revision}, which this StoryDesk does not know (made by a newer version?)</source>
        <translation>{path}: каталог схемасының нұсқасы — {revision}, оны осы StoryDesk білмейді (жаңарақ нұсқада жасалған ба?)</translation>
    </message>
    <message>
        <source>a catalogue was created here</source>
        <translation>мұнда каталог жасалған</translation>
    </message>
    <message>
        <source>it holds images</source>
        <translation>онда суреттер бар</translation>
    </message>
    <message>
        <source>it holds backups</source>
        <translation>онда сақтық көшірмелер бар</translation>
    </message>
    <message>
        <source>it holds a search index</source>
        <translation>онда іздеу индексі бар</translation>
    </message>
    <message>
        <source>missing</source>
        <translation>жоқ</translation>
    </message>
    <message>
        <source>empty (0 bytes)</source>
        <translation>бос (0 байт)</translation>
    </message>
    <message>
        <source>{path}: the catalogue is {state}, but this data folder has been used ({signs}), so StoryDesk will not start a new, empty catalogue; {hint}</source>
        <translation>{path}: каталог {state}, бірақ бұл деректер қалтасы бұрын пайдаланылған ({signs}), сондықтан StoryDesk жаңа, бос каталог бастамайды; {hint}</translation>
    </message>
    <message>
        <source>{path}: the catalogue is damaged ({detail}); {hint}</source>
        <translation>{path}: каталог зақымдалған ({detail}); {hint}</translation>
    </message>
    <message>
        <source>{path}: cannot open the catalogue ({error})</source>
        <translation>{path}: каталогты ашу мүмкін емес ({error})</translation>
    </message>
    <message>
        <source>{path}: the catalogue needs upgrading, which waits for the StoryDesk that is writing to it; try again when it has finished</source>
        <translation>{path}: каталогты жаңарту қажет, бірақ ол үшін оған қазір жазып жатқан StoryDesk жұмысын аяқтауы керек; ол аяқталғанда қайталап көріңіз</translation>
    </message>
    <message>
        <source>{url}: not a database URL; give one like postgresql+psycopg://user@host/storydesk</source>
        <translation>{url}: дерекқордың URL мекенжайы емес; postgresql+psycopg://user@host/storydesk сияқты мекенжай көрсетіңіз</translation>
    </message>
    <message>
        <source>{url}: a shared catalogue lives on PostgreSQL; give a URL like postgresql+psycopg://user@host/storydesk (a field laptop&apos;s catalogue is the SQLite file in its data folder and needs no URL)</source>
        <translation>{url}: ортақ каталог PostgreSQL-де орналасады; postgresql+psycopg://user@host/storydesk сияқты URL мекенжайын көрсетіңіз (далалық ноутбуктің каталогы — оның деректер қалтасындағы SQLite файлы, оған URL мекенжайы керек емес)</translation>
    </message>
    <message>
        <source>{url}: the PostgreSQL driver is not installed; install StoryDesk with its postgres extra (pip install &quot;storydesk[postgres]&quot;)</source>
        <translation>{url}: PostgreSQL драйвері орнатылмаған; StoryDesk-ті postgres қосымша құрамдасымен бірге орнатыңыз (pip install &quot;storydesk[postgres]&quot;)</translation>
    </message>
    <message>
        <source>{url}: cannot use the shared catalogue ({error})</source>
        <translation>{url}: ортақ каталогты пайдалану мүмкін емес ({error})</translation>
    </message>
    <message>
        <source>{path}: there is no catalogue in this read-only data folder</source>
        <translation>{path}: тек оқуға арналған бұл деректер қалтасында каталог жоқ</translation>
    </message>
    <message>
        <source>{path}: the catalogue is at schema revision {revision} and needs upgrading, which needs a writable data folder</source>
        <translation>{path}: каталог схемасының нұсқасы — {revision}, оны жаңарту қажет, ал ол үшін жазуға болатын деректер қалтасы керек</translation>
    </message>
    <message>
        <source>Waiting for another StoryDesk to finish writing…</source>
        <translation>Басқа StoryDesk жазуды аяқтағанша күтілуде…</translation>
    </message>
    <message>
        <source>importing</source>
        <translation>импорттау</translation>
    </message>
    <message>
        <source>updating the search index</source>
        <translation>іздеу индексін жаңарту</translation>
    </message>
    <message>
        <source>deleting stories</source>
        <translation>оқиғаларды жою</translation>
    </message>
    <message>
        <source>rebuilding the search index</source>
        <translation>іздеу индексін қайта құру</translation>
    </message>
    <message>
        <source>repairing the data folder</source>
        <translation>деректер қалтасын жөндеу</translation>
    </message>
    <message>
        <source>restoring a backup</source>
        <translation>сақтық көшірмеден қалпына келтіру</translation>
    </message>
    <message>
        <source>opening the catalogue</source>
        <translation>каталогты ашу</translation>
    </message>
    <message>
        <source>checking</source>
        <translation>тексеру</translation>
    </message>
    <message>
        <source>writing</source>
        <translation>жазу</translation>
    </message>
    <message>
        <source>writing to it</source>
        <translation>каталогқа жазу</translation>
    </message>
    <message>
        <source>the catalogue is busy: another StoryDesk is {doing}; try again when it has finished</source>
        <translation>каталог қазір қолданыста: басқа StoryDesk жұмыс істеп жатыр ({doing}); ол аяқталғанда қайталап көріңіз</translation>
    </message>
    <message>
        <source>{path}: another StoryDesk is {doing}; showing the catalogue as it stands (searches may miss its newest changes)</source>
        <translation>{path}: басқа StoryDesk жұмыс істеп жатыр ({doing}); каталог қазіргі күйінде көрсетіледі (іздеу оның ең соңғы өзгерістерін таппауы мүмкін)</translation>
    </message>
    <message>
        <source>the partner directory could not be updated</source>
        <translation>серіктестер анықтамалығын жаңарту мүмкін болмады</translation>
    </message>
    <message>
        <source>the key figures could not be updated</source>
        <translation>негізгі көрсеткіштерді жаңарту мүмкін болмады</translation>
    </message>
    <message>
        <source>the search index could not be brought up to date</source>
        <translation>іздеу индексін жаңарту мүмкін болмады</translation>
    </message>
    <message>
        <source>finding key figures again</source>
        <translation>негізгі көрсеткіштерді қайта анықтау</translation>
    </message>
    <message>
        <source>{what} ({reason}); searches may miss recent changes until &apos;storydesk reindex&apos; succeeds</source>
        <translation>{what} ({reason}); &apos;storydesk reindex&apos; сәтті орындалғанша іздеу соңғы өзгерістерді таппауы мүмкін</translation>
    </message>
    <message>
        <source>give two or more stories to link as translations</source>
        <translation>аударма ретінде байланыстыру үшін екі немесе одан көп оқиғаны көрсетіңіз</translation>
    </message>
    <message>
        <source>&apos;{field}&apos; is not a field of a story that can be edited</source>
        <translation>«{field}» — оқиғаның өңдеуге болатын өрісі емес</translation>
    </message>
    <message>
        <source>{url}: other machines kept changing the same stories at the same time; nothing was changed here; try again</source>
        <translation>{url}: басқа компьютерлер сол оқиғаларды бір мезгілде қайта-қайта өзгертіп жатты; мұнда ештеңе өзгертілмеді; қайталап көріңіз</translation>
    </message>
    <message>
        <source>keep &apos;mine&apos; or &apos;theirs&apos;, not &apos;{keep}&apos;</source>
        <translation>мәні «mine» немесе «theirs» болуы керек; «{keep}» жарамайды</translation>
    </message>
    <message>
        <source>the {field} of story {id} has no conflict to settle</source>
        <translation>{id} оқиғасының «{field}» өрісінде шешілетін сәйкессіздік жоқ</translation>
    </message>
    <message>
        <source>{field}: {reason}</source>
        <translation>{field}: {reason}</translation>
    </message>
    <message>
        <source>a story needs a title</source>
        <translation>оқиғаның атауы болуы керек</translation>
    </message>
    <message>
        <source>expected text</source>
        <translation>мәтін күтілген</translation>
    </message>
    <message>
        <source>&apos;{value}&apos; is not a date (YYYY-MM-DD, or &apos;none&apos; for undated)</source>
        <translation>«{value}» — дата емес (YYYY-MM-DD пішімінде жазыңыз, ал күнсіз болса — «none»)</translation>
    </message>
    <message>
        <source>&apos;{value}&apos; is not a language code</source>
        <translation>«{value}» — тіл коды емес</translation>
    </message>
    <message>
        <source>expected a list of goals</source>
        <translation>мақсаттар тізімі күтілген</translation>
    </message>
    <message>
        <source>&apos;{value}&apos; is not a goal (the goals are 1 to 17)</source>
        <translation>«{value}» — мақсат емес (мақсаттар 1-ден 17-ге дейін)</translation>
    </message>
    <message>
        <source>expected a list of names</source>
        <translation>атаулар тізімі күтілген</translation>
    </message>
    <message>
        <source>no story has the id &apos;{id}&apos;</source>
        <translation>«{id}» идентификаторы бар оқиға жоқ</translation>
    </message>
    <message>
        <source>&apos;{source}&apos; and &apos;{target}&apos; are the same partner</source>
        <translation>«{source}» мен «{target}» — бір серіктес</translation>
    </message>
    <message>
        <source>&apos;{first}&apos; ({first_id}) and &apos;{second}&apos; ({second_id}) are both in the same language ({language}); only stories in different languages can be linked as translations</source>
        <translation>«{first}» ({first_id}) және «{second}» ({second_id}) бір тілде ({language}); аударма ретінде тек әр түрлі тілдегі оқиғаларды байланыстыруға болады</translation>
    </message>
    <message>
        <source>&apos;{name}&apos; names more than one partner; give the full name</source>
        <translation>«{name}» — бірнеше серіктестің атауы; толық атауын көрсетіңіз</translation>
    </message>
    <message>
        <source>no partner is named &apos;{name}&apos;</source>
        <translation>«{name}» атты серіктес жоқ</translation>
    </message>
    <message>
        <source>story {id} (&apos;{title}&apos;) was changed by someone else since it was opened here (on {machine}, {when} UTC); nothing was saved: reload the story to see that change</source>
        <translation>{id} оқиғасын («{title}») мұнда ашылғаннан бері басқа біреу өзгертті ({machine}, {when} UTC); ештеңе сақталмады: сол өзгерісті көру үшін оқиғаны қайта жүктеңіз</translation>
    </message>
    <message>
        <source>another computer</source>
        <translation>басқа компьютер</translation>
    </message>
    <message>
        <source>story {id} (&apos;{title}&apos;) was changed by someone else since it was opened here; nothing was saved: reload the story to see that change</source>
        <translation>{id} оқиғасын («{title}») мұнда ашылғаннан бері басқа біреу өзгертті; ештеңе сақталмады: сол өзгерісті көру үшін оқиғаны қайта жүктеңіз</translation>
    </message>
</context>
<context>
    <name>ChipBar</name>
    <message>
        <source>Active filters</source>
        <translation>Қолданыстағы сүзгілер</translation>
    </message>
    <message>
        <source>Filters:</source>
        <translation>Сүзгілер:</translation>
    </message>
    <message>
        <source>{facet}: {value}</source>
        <translation>{facet}: {value}</translation>
    </message>
    <message>
        <source>Remove this filter</source>
        <translation>Бұл сүзгіні алып тастау</translation>
    </message>
    <message>
        <source>Remove filter {filter}</source>
        <translation>Сүзгіні алып тастау: {filter}</translation>
    </message>
    <message>
        <source>Clear all</source>
        <translation>Барлығын тазарту</translation>
    </message>
    <message>
        <source>Remove every filter</source>
        <translation>Барлық сүзгіні алып тастау</translation>
    </message>
    <message>
        <source>Clear all filters</source>
        <translation>Барлық сүзгіні тазарту</translation>
    </message>
</context>
<context>
    <name>CollectionActions</name>
    <message>
        <source>Sa&amp;ve Search…</source>
        <translation>&amp;Іздеуді сақтау…</translation>
    </message>
    <message>
        <source>Keep the current query and filters by name</source>
        <translation>Ағымдағы іздеу сұрауы мен сүзгілерді атау беріп сақтау</translation>
    </message>
    <message>
        <source>Add to &amp;Collection</source>
        <translation>Топтамаға &amp;қосу</translation>
    </message>
    <message>
        <source>&amp;Collections Panel</source>
        <translation>То&amp;птамалар тақтасы</translation>
    </message>
    <message>
        <source>The collection could not be shown</source>
        <translation>Топтаманы көрсету мүмкін болмады</translation>
    </message>
    <message numerus="yes">
        <source>Collection “{name}”: %n stories, in its order</source>
        <translation>
            <numerusform>«{name}» топтамасы: %n оқиға, ондағы ретімен</numerusform>
            <numerusform>«{name}» топтамасы: %n оқиға, ондағы ретімен</numerusform>
        </translation>
    </message>
    <message>
        <source>The saved search could not be opened</source>
        <translation>Сақталған іздеуді ашу мүмкін болмады</translation>
    </message>
    <message>
        <source>Saved search “{name}”</source>
        <translation>Сақталған іздеу: «{name}»</translation>
    </message>
    <message>
        <source>StoryDesk</source>
        <translation>StoryDesk</translation>
    </message>
    <message numerus="yes">
        <source>Made the collection “{name}” with %n stories</source>
        <translation>
            <numerusform>«{name}» топтамасы жасалды: %n оқиға</numerusform>
            <numerusform>«{name}» топтамасы жасалды: %n оқиға</numerusform>
        </translation>
    </message>
    <message>
        <source>The collection was not made</source>
        <translation>Топтама жасалмады</translation>
    </message>
    <message numerus="yes">
        <source>Added %n stories to “{name}”</source>
        <translation>
            <numerusform>«{name}» топтамасына %n оқиға қосылды</numerusform>
            <numerusform>«{name}» топтамасына %n оқиға қосылды</numerusform>
        </translation>
    </message>
    <message>
        <source>The stories were not added to the collection</source>
        <translation>Оқиғалар топтамаға қосылмады</translation>
    </message>
    <message numerus="yes">
        <source>Removed %n stories from “{name}”</source>
        <translation>
            <numerusform>«{name}» топтамасынан %n оқиға алып тасталды</numerusform>
            <numerusform>«{name}» топтамасынан %n оқиға алып тасталды</numerusform>
        </translation>
    </message>
    <message>
        <source>The stories were not removed from the collection</source>
        <translation>Оқиғалар топтамадан алып тасталмады</translation>
    </message>
    <message>
        <source>Renamed the collection “{old}” to “{new}”</source>
        <translation>«{old}» топтамасының атауы «{new}» болып өзгертілді</translation>
    </message>
    <message>
        <source>The collection was not renamed</source>
        <translation>Топтаманың атауы өзгертілмеді</translation>
    </message>
    <message>
        <source>Deleted the collection “{name}”</source>
        <translation>«{name}» топтамасы жойылды</translation>
    </message>
    <message>
        <source>The collection was not deleted</source>
        <translation>Топтама жойылмады</translation>
    </message>
    <message>
        <source>Saved the search as “{name}”</source>
        <translation>Іздеу «{name}» деген атпен сақталды</translation>
    </message>
    <message>
        <source>The search was not saved</source>
        <translation>Іздеу сақталмады</translation>
    </message>
    <message>
        <source>Deleted the saved search “{name}”</source>
        <translation>«{name}» сақталған іздеуі жойылды</translation>
    </message>
    <message>
        <source>The saved search was not deleted</source>
        <translation>Сақталған іздеу жойылмады</translation>
    </message>
    <message>
        <source>The collection “{name}” is empty; no bundle was written.</source>
        <translation>«{name}» топтамасы бос; оқиғалар жинағы жазылмады.</translation>
    </message>
    <message numerus="yes">
        <source>Wrote the bundle {path} with %n stories</source>
        <translation>
            <numerusform>Оқиғалар жинағы жазылды: {path} (%n оқиға)</numerusform>
            <numerusform>Оқиғалар жинағы жазылды: {path} (%n оқиға)</numerusform>
        </translation>
    </message>
    <message>
        <source>Writing the bundle…</source>
        <translation>Оқиғалар жинағы жазылуда…</translation>
    </message>
    <message>
        <source>The bundle was not written</source>
        <translation>Оқиғалар жинағы жазылмады</translation>
    </message>
    <message>
        <source>&amp;New Collection…</source>
        <translation>&amp;Жаңа топтама…</translation>
    </message>
    <message>
        <source>Select the stories to add first.</source>
        <translation>Алдымен қосылатын оқиғаларды таңдаңыз.</translation>
    </message>
    <message>
        <source>New Collection</source>
        <translation>Жаңа топтама</translation>
    </message>
    <message numerus="yes">
        <source>Name of the new collection (%n stories):</source>
        <translation>
            <numerusform>Жаңа топтаманың атауы (%n оқиға):</numerusform>
            <numerusform>Жаңа топтаманың атауы (%n оқиға):</numerusform>
        </translation>
    </message>
    <message>
        <source>The basket is empty.</source>
        <translation>Себет бос.</translation>
    </message>
    <message>
        <source>Save Basket as Collection</source>
        <translation>Себетті топтама ретінде сақтау</translation>
    </message>
    <message numerus="yes">
        <source>Name of the collection (%n stories, in the basket&apos;s order):</source>
        <translation>
            <numerusform>Топтаманың атауы (%n оқиға, себеттегі ретімен):</numerusform>
            <numerusform>Топтаманың атауы (%n оқиға, себеттегі ретімен):</numerusform>
        </translation>
    </message>
    <message>
        <source>Type a query or choose a filter first, then save the search.</source>
        <translation>Алдымен іздеу сұрауын енгізіңіз немесе сүзгіні таңдаңыз, содан кейін іздеуді сақтаңыз.</translation>
    </message>
    <message>
        <source>Save Search</source>
        <translation>Іздеуді сақтау</translation>
    </message>
    <message>
        <source>Name of the saved search:</source>
        <translation>Сақталған іздеудің атауы:</translation>
    </message>
    <message>
        <source>Replace the saved search “{name}”?</source>
        <translation>«{name}» сақталған іздеуін ауыстыру керек пе?</translation>
    </message>
    <message>
        <source>It will search for the current query and filters instead.</source>
        <translation>Енді ол ағымдағы іздеу сұрауы мен сүзгілер бойынша іздейді.</translation>
    </message>
    <message>
        <source>&amp;Replace</source>
        <translation>&amp;Ауыстыру</translation>
    </message>
    <message>
        <source>Rename Collection</source>
        <translation>Топтаманың атауын өзгерту</translation>
    </message>
    <message>
        <source>New name for “{name}”:</source>
        <translation>«{name}» топтамасының жаңа атауы:</translation>
    </message>
    <message>
        <source>Delete the collection “{name}”?</source>
        <translation>«{name}» топтамасын жою керек пе?</translation>
    </message>
    <message numerus="yes">
        <source>Its %n stories stay in the catalogue.</source>
        <translation>
            <numerusform>Ондағы %n оқиға каталогта қалады.</numerusform>
            <numerusform>Ондағы %n оқиға каталогта қалады.</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Delete Collection</source>
        <translation>Топтаманы &amp;жою</translation>
    </message>
    <message>
        <source>Delete the saved search “{name}”?</source>
        <translation>«{name}» сақталған іздеуін жою керек пе?</translation>
    </message>
    <message>
        <source>No story is deleted.</source>
        <translation>Бірде-бір оқиға жойылмайды.</translation>
    </message>
    <message>
        <source>&amp;Delete Saved Search</source>
        <translation>Сақталған іздеуді &amp;жою</translation>
    </message>
    <message>
        <source>The collection “{name}” is empty.</source>
        <translation>«{name}» топтамасы бос.</translation>
    </message>
    <message>
        <source>A briefing pack is being made; wait for it to finish.</source>
        <translation>Брифинг-пакет жасалып жатыр; аяқталуын күтіңіз.</translation>
    </message>
    <message>
        <source>Create Bundle of “{name}”</source>
        <translation>«{name}» топтамасынан оқиғалар жинағын жасау</translation>
    </message>
    <message>
        <source>Story bundles (*.storybundle)</source>
        <translation>Оқиғалар жинақтары (*.storybundle)</translation>
    </message>
    <message>
        <source>&amp;Show Stories</source>
        <translation>Оқиғаларды &amp;көрсету</translation>
    </message>
    <message>
        <source>&amp;Rename…</source>
        <translation>&amp;Атауын өзгерту…</translation>
    </message>
    <message>
        <source>&amp;Delete…</source>
        <translation>&amp;Жою…</translation>
    </message>
    <message>
        <source>&amp;Export Pack…</source>
        <translation>Пакетті &amp;экспорттау…</translation>
    </message>
    <message>
        <source>Export &amp;Bundle…</source>
        <translation>&amp;Оқиғалар жинағын экспорттау…</translation>
    </message>
    <message>
        <source>Re&amp;move Selected Stories</source>
        <translation>&amp;Таңдалған оқиғаларды алып тастау</translation>
    </message>
    <message>
        <source>&amp;Search Again</source>
        <translation>Қайта &amp;іздеу</translation>
    </message>
</context>
<context>
    <name>Collections</name>
    <message>
        <source>a collection needs a name</source>
        <translation>топтаманың атауы болуы керек</translation>
    </message>
    <message>
        <source>a saved search needs a name</source>
        <translation>сақталған іздеудің атауы болуы керек</translation>
    </message>
    <message>
        <source>the name &apos;{name}…&apos; is too long: at most {limit} characters</source>
        <translation>«{name}…» атауы тым ұзын: ең көбі {limit} таңба</translation>
    </message>
    <message>
        <source>there is no collection named &apos;{name}&apos;</source>
        <translation>«{name}» атты топтама жоқ</translation>
    </message>
    <message>
        <source>a collection named &apos;{name}&apos; already exists; choose another name</source>
        <translation>«{name}» атты топтама бұрыннан бар; басқа атау таңдаңыз</translation>
    </message>
    <message>
        <source>&apos;{facet}&apos; is not a search filter; the filters are {names}</source>
        <translation>«{facet}» — іздеу сүзгісі емес; сүзгілер: {names}</translation>
    </message>
    <message>
        <source>there is no saved search named &apos;{name}&apos;</source>
        <translation>«{name}» атты сақталған іздеу жоқ</translation>
    </message>
    <message>
        <source>a saved search named &apos;{name}&apos; already exists; choose another name or replace it</source>
        <translation>«{name}» атты сақталған іздеу бұрыннан бар; басқа атау таңдаңыз немесе оны ауыстырыңыз</translation>
    </message>
</context>
<context>
    <name>CollectionsPanel</name>
    <message>
        <source>Collections</source>
        <translation>Топтамалар</translation>
    </message>
    <message>
        <source>Collections and saved searches</source>
        <translation>Топтамалар мен сақталған іздеулер</translation>
    </message>
    <message>
        <source>Saved Searches</source>
        <translation>Сақталған іздеулер</translation>
    </message>
    <message>
        <source>Save Search…</source>
        <translation>Іздеуді сақтау…</translation>
    </message>
    <message>
        <source>Keep the current query and filters</source>
        <translation>Ағымдағы іздеу сұрауы мен сүзгілерді сақтау</translation>
    </message>
    <message numerus="yes">
        <source>%n stories; click to show them</source>
        <translation>
            <numerusform>%n оқиға; көрсету үшін басыңыз</numerusform>
            <numerusform>%n оқиға; көрсету үшін басыңыз</numerusform>
        </translation>
    </message>
    <message>
        <source>None yet: save the basket as one</source>
        <translation>Әзірге жоқ: себетті топтама ретінде сақтаңыз</translation>
    </message>
    <message>
        <source>(all stories)</source>
        <translation>(барлық оқиғалар)</translation>
    </message>
    <message>
        <source>None yet: use Save Search…</source>
        <translation>Әзірге жоқ: «Іздеуді сақтау…» командасын пайдаланыңыз</translation>
    </message>
</context>
<context>
    <name>ConflictList</name>
    <message numerus="yes">
        <source>%Ln fields edited here were also changed in the source. The catalogue kept your edits; keep them, or take the imported values.</source>
        <translation>
            <numerusform>Мұнда өңделген %Ln өріс импортталған дереккөзде де өзгерген. Каталог сіздің өңдеулеріңізді сақтап қалды; оларды қалдырыңыз немесе импортталған мәндерді алыңыз.</numerusform>
            <numerusform>Мұнда өңделген %Ln өріс импортталған дереккөзде де өзгерген. Каталог сіздің өңдеулеріңізді сақтап қалды; оларды қалдырыңыз немесе импортталған мәндерді алыңыз.</numerusform>
        </translation>
    </message>
    <message>
        <source>Fields edited here and changed in the source</source>
        <translation>Мұнда өңделген әрі дереккөзде өзгерген өрістер</translation>
    </message>
    <message>
        <source>Story</source>
        <translation>Оқиға</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>Өріс</translation>
    </message>
    <message>
        <source>Yours</source>
        <translation>Сіздікі</translation>
    </message>
    <message>
        <source>Theirs</source>
        <translation>Файлдағы</translation>
    </message>
    <message>
        <source>Keep All Mine</source>
        <translation>Менікінің бәрін қалдыру</translation>
    </message>
    <message>
        <source>Take All Theirs</source>
        <translation>Файлдағының бәрін алу</translation>
    </message>
    <message>
        <source>Keep Mine</source>
        <translation>Менікін қалдыру</translation>
    </message>
    <message>
        <source>Keep the value edited here</source>
        <translation>Мұнда өңделген мәнді қалдыру</translation>
    </message>
    <message>
        <source>Take Theirs</source>
        <translation>Файлдағыны алу</translation>
    </message>
    <message>
        <source>Replace your edit with the imported value</source>
        <translation>Өңдеуіңізді импортталған мәнмен ауыстыру</translation>
    </message>
    <message>
        <source>Saving…</source>
        <translation>Сақталуда…</translation>
    </message>
    <message>
        <source>Kept yours</source>
        <translation>Сіздікі қалдырылды</translation>
    </message>
    <message>
        <source>Took theirs</source>
        <translation>Файлдағысы алынды</translation>
    </message>
    <message>
        <source>Not settled: {reason}</source>
        <translation>Шешілмеді: {reason}</translation>
    </message>
</context>
<context>
    <name>ConflictsDialog</name>
    <message>
        <source>Import Conflicts</source>
        <translation>Импорт сәйкессіздіктері</translation>
    </message>
    <message>
        <source>Reading the conflicts…</source>
        <translation>Сәйкессіздіктер оқылуда…</translation>
    </message>
    <message>
        <source>No conflicts: every field edited here agrees with its source.</source>
        <translation>Сәйкессіздік жоқ: мұнда өңделген әр өріс өз дереккөзімен сәйкес келеді.</translation>
    </message>
    <message>
        <source>The conflicts could not be read. {reason}</source>
        <translation>Сәйкессіздіктерді оқу мүмкін болмады. {reason}</translation>
    </message>
</context>
<context>
    <name>DateRangeBox</name>
    <message>
        <source>Date range</source>
        <translation>Күн аралығы</translation>
    </message>
    <message>
        <source>Stories dated on or after this day</source>
        <translation>Күні осы күннен ерте емес оқиғалар</translation>
    </message>
    <message>
        <source>Stories dated up to this day</source>
        <translation>Күні осы күннен кеш емес оқиғалар</translation>
    </message>
    <message>
        <source>From date</source>
        <translation>Басталу күні</translation>
    </message>
    <message>
        <source>To date</source>
        <translation>Аяқталу күні</translation>
    </message>
    <message>
        <source>Any date</source>
        <translation>Кез келген күн</translation>
    </message>
    <message>
        <source>Clear the date range</source>
        <translation>Күн аралығын тазарту</translation>
    </message>
    <message>
        <source>&amp;From:</source>
        <translation>Бас&amp;ы:</translation>
    </message>
    <message>
        <source>&amp;To:</source>
        <translation>&amp;Соңы:</translation>
    </message>
    <message>
        <source>any</source>
        <translation>кез келген</translation>
    </message>
</context>
<context>
    <name>DeleteCommand</name>
    <message>
        <source>The deleted stories could not be put back</source>
        <translation>Жойылған оқиғаларды қайтару мүмкін болмады</translation>
    </message>
    <message>
        <source>The stories could not be deleted</source>
        <translation>Оқиғаларды жою мүмкін болмады</translation>
    </message>
</context>
<context>
    <name>DeleteController</name>
    <message>
        <source>Delete of ‘{title}’</source>
        <translation>«{title}» оқиғасын жою</translation>
    </message>
    <message numerus="yes">
        <source>Delete of %Ln stories</source>
        <translation>
            <numerusform>%Ln оқиғаны жою</numerusform>
            <numerusform>%Ln оқиғаны жою</numerusform>
        </translation>
    </message>
    <message>
        <source>Delete Stories</source>
        <translation>Оқиғаларды жою</translation>
    </message>
    <message numerus="yes">
        <source>Delete %Ln stories?</source>
        <translation>
            <numerusform>%Ln оқиғаны жою керек пе?</numerusform>
            <numerusform>%Ln оқиғаны жою керек пе?</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>and %Ln more</source>
        <translation>
            <numerusform>және тағы %Ln</numerusform>
            <numerusform>және тағы %Ln</numerusform>
        </translation>
    </message>
    <message>
        <source>Edit › Undo (Ctrl+Z) brings them back until you close StoryDesk.</source>
        <translation>StoryDesk жабылғанға дейін оларды Түзету › Болдырмау (Ctrl+Z) арқылы қайтаруға болады.</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Жою</translation>
    </message>
    <message>
        <source>The stories could not be deleted</source>
        <translation>Оқиғаларды жою мүмкін болмады</translation>
    </message>
</context>
<context>
    <name>Directory</name>
    <message>
        <source>UN agency</source>
        <translation>БҰҰ агенттігі</translation>
    </message>
    <message>
        <source>NGO</source>
        <translation>Үкіметтік емес ұйым</translation>
    </message>
    <message>
        <source>Intergovernmental</source>
        <translation>Үкіметаралық ұйым</translation>
    </message>
    <message>
        <source>Government</source>
        <translation>Үкімет</translation>
    </message>
    <message>
        <source>Ministry</source>
        <translation>Министрлік</translation>
    </message>
    <message>
        <source>Donor</source>
        <translation>Донор</translation>
    </message>
    <message>
        <source>Private company</source>
        <translation>Жеке компания</translation>
    </message>
    <message>
        <source>University</source>
        <translation>Университет</translation>
    </message>
    <message>
        <source>Financial institution</source>
        <translation>Қаржы институты</translation>
    </message>
    <message>
        <source>Media</source>
        <translation>БАҚ</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>Ел</translation>
    </message>
    <message>
        <source>Region</source>
        <translation>Облыс</translation>
    </message>
    <message>
        <source>District</source>
        <translation>Аудан</translation>
    </message>
    <message>
        <source>City</source>
        <translation>Қала</translation>
    </message>
    <message>
        <source>Town</source>
        <translation>Шағын қала</translation>
    </message>
    <message>
        <source>Village</source>
        <translation>Ауыл</translation>
    </message>
    <message>
        <source>Lake</source>
        <translation>Көл</translation>
    </message>
    <message>
        <source>River</source>
        <translation>Өзен</translation>
    </message>
    <message>
        <source>Mountain</source>
        <translation>Тау</translation>
    </message>
</context>
<context>
    <name>DirectoryDialog</name>
    <message>
        <source>Partners and Places</source>
        <translation>Серіктестер мен орындар</translation>
    </message>
    <message>
        <source>Partner</source>
        <translation>Серіктес</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Түрі</translation>
    </message>
    <message>
        <source>Stories</source>
        <translation>Оқиғалар</translation>
    </message>
    <message>
        <source>Also known as</source>
        <translation>Басқа атаулары</translation>
    </message>
    <message>
        <source>Place</source>
        <translation>Орын</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>Ел</translation>
    </message>
    <message>
        <source>&amp;Partners</source>
        <translation>&amp;Серіктестер</translation>
    </message>
    <message>
        <source>P&amp;laces</source>
        <translation>&amp;Орындар</translation>
    </message>
    <message numerus="yes">
        <source>Merged “{source}” into “{target}”: %Ln stories relinked.</source>
        <translation>
            <numerusform>«{source}» «{target}» серіктесімен біріктірілді: %Ln оқиға қайта байланыстырылды.</numerusform>
            <numerusform>«{source}» «{target}» серіктесімен біріктірілді: %Ln оқиға қайта байланыстырылды.</numerusform>
        </translation>
    </message>
    <message>
        <source>The partners were not merged. {reason}</source>
        <translation>Серіктестер біріктірілмеді. {reason}</translation>
    </message>
</context>
<context>
    <name>DirectoryPage</name>
    <message>
        <source>Filter by name or alias…</source>
        <translation>Атауы не балама атауы бойынша сүзу…</translation>
    </message>
    <message>
        <source>Filter the list</source>
        <translation>Тізімді сүзу</translation>
    </message>
    <message>
        <source>Choose an entry to see its stories.</source>
        <translation>Оқиғаларын көру үшін жазбаны таңдаңыз.</translation>
    </message>
    <message>
        <source>Stories of the chosen entry</source>
        <translation>Таңдалған жазбаның оқиғалары</translation>
    </message>
    <message>
        <source>Show in Results</source>
        <translation>Нәтижелерде көрсету</translation>
    </message>
    <message>
        <source>Merge into…</source>
        <translation>Басқасымен біріктіру…</translation>
    </message>
    <message>
        <source>Merge this partner into another entry of the same organisation</source>
        <translation>Бұл серіктесті сол ұйымның басқа жазбасымен біріктіру</translation>
    </message>
    <message>
        <source>Stories naming {name}:</source>
        <translation>{name} аталатын оқиғалар:</translation>
    </message>
    <message numerus="yes">
        <source>%Ln stories naming {name}:</source>
        <translation>
            <numerusform>{name} аталатын %Ln оқиға:</numerusform>
            <numerusform>{name} аталатын %Ln оқиға:</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>EditCommand</name>
    <message>
        <source>Edit of ‘{title}’</source>
        <translation>«{title}» оқиғасын өңдеу</translation>
    </message>
    <message>
        <source>The edit could not be undone</source>
        <translation>Өңдеуді болдырмау мүмкін болмады</translation>
    </message>
    <message>
        <source>The edit could not be made again</source>
        <translation>Өңдеуді қайталау мүмкін болмады</translation>
    </message>
</context>
<context>
    <name>EditStory</name>
    <message>
        <source>Add as a New Partner</source>
        <translation>Жаңа серіктес ретінде қосу</translation>
    </message>
    <message>
        <source>Add as a New Place</source>
        <translation>Жаңа орын ретінде қосу</translation>
    </message>
    <message>
        <source>Add as a New Country</source>
        <translation>Жаңа ел ретінде қосу</translation>
    </message>
    <message>
        <source>Add a partner: any name or alias…</source>
        <translation>Серіктес қосу: кез келген атауы не балама атауы…</translation>
    </message>
    <message>
        <source>Add a place: any name or alias…</source>
        <translation>Орын қосу: кез келген атауы не балама атауы…</translation>
    </message>
    <message>
        <source>Add a country…</source>
        <translation>Ел қосу…</translation>
    </message>
    <message>
        <source>Add a tag…</source>
        <translation>Тег қосу…</translation>
    </message>
</context>
<context>
    <name>Errors</name>
    <message>
        <source>A file could not be read or written</source>
        <translation>Файлды оқу немесе жазу мүмкін болмады</translation>
    </message>
    <message>
        <source>Something went wrong inside StoryDesk; the details are in the log file.</source>
        <translation>StoryDesk ішінде қате орын алды; толығырақ журнал файлында.</translation>
    </message>
    <message>
        <source>StoryDesk</source>
        <translation>StoryDesk</translation>
    </message>
    <message>
        <source>Error message</source>
        <translation>Қате туралы хабар</translation>
    </message>
    <message>
        <source>the work</source>
        <translation>жұмыс</translation>
    </message>
    <message>
        <source>{work} was cancelled</source>
        <translation>{work} тоқтатылды</translation>
    </message>
</context>
<context>
    <name>ExportedNotice</name>
    <message>
        <source>Show in Folder</source>
        <translation>Қалтада көрсету</translation>
    </message>
    <message>
        <source>Show the exported pack in its folder</source>
        <translation>Экспортталған пакетті қалтасында көрсету</translation>
    </message>
    <message>
        <source>Dismiss</source>
        <translation>Жабу</translation>
    </message>
    <message>
        <source>Dismiss the export message</source>
        <translation>Экспорт туралы хабарды жабу</translation>
    </message>
    <message numerus="yes">
        <source>%Ln stories</source>
        <translation>
            <numerusform>%Ln оқиға</numerusform>
            <numerusform>%Ln оқиға</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln pages</source>
        <translation>
            <numerusform>%Ln бет</numerusform>
            <numerusform>%Ln бет</numerusform>
        </translation>
    </message>
    <message>
        <source>Briefing pack saved: {path} ({counts})</source>
        <translation>Брифинг-пакет сақталды: {path} ({counts})</translation>
    </message>
    <message>
        <source>, </source>
        <translation>, </translation>
    </message>
</context>
<context>
    <name>FacetPanel</name>
    <message>
        <source>Filters</source>
        <translation>Сүзгілер</translation>
    </message>
    <message numerus="yes">
        <source>Show all (%Ln more)…</source>
        <translation>
            <numerusform>Барлығын көрсету (тағы %Ln)…</numerusform>
            <numerusform>Барлығын көрсету (тағы %Ln)…</numerusform>
        </translation>
    </message>
    <message>
        <source>Choose among every {facet} value in a list you can filter</source>
        <translation>Сүзуге болатын тізімнен кез келген «{facet}» мәнін таңдау</translation>
    </message>
    <message>
        <source>{value}  ({count})</source>
        <translation>{value}  ({count})</translation>
    </message>
    <message>
        <source>{value}: chosen. Click to remove this filter.</source>
        <translation>{value}: таңдалған. Бұл сүзгіні алып тастау үшін басыңыз.</translation>
    </message>
    <message numerus="yes">
        <source>{value}, chosen, %Ln stories</source>
        <translation>
            <numerusform>{value}, таңдалған, %Ln оқиға</numerusform>
            <numerusform>{value}, таңдалған, %Ln оқиға</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>{value}: %Ln stories. Click to add it to the filter.</source>
        <translation>
            <numerusform>{value}: %Ln оқиға. Сүзгіге қосу үшін басыңыз.</numerusform>
            <numerusform>{value}: %Ln оқиға. Сүзгіге қосу үшін басыңыз.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>{value}, %Ln stories</source>
        <translation>
            <numerusform>{value}, %Ln оқиға</numerusform>
            <numerusform>{value}, %Ln оқиға</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>FacetValuesDialog</name>
    <message>
        <source>Filter by {facet}</source>
        <translation>{facet} бойынша сүзу</translation>
    </message>
    <message>
        <source>{value}  ({count})</source>
        <translation>{value}  ({count})</translation>
    </message>
    <message>
        <source>Type to narrow the list</source>
        <translation>Тізімді сүзу үшін теріңіз</translation>
    </message>
    <message>
        <source>Narrow the {facet} list</source>
        <translation>«{facet}» тізімін сүзу</translation>
    </message>
    <message>
        <source>Every {facet} value</source>
        <translation>Барлық «{facet}» мәндері</translation>
    </message>
    <message>
        <source>Untick All</source>
        <translation>Барлық белгіні алып тастау</translation>
    </message>
    <message numerus="yes">
        <source>%Ln values listed</source>
        <translation>
            <numerusform>Тізімде %Ln мән</numerusform>
            <numerusform>Тізімде %Ln мән</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln chosen</source>
        <translation>
            <numerusform>%Ln таңдалды</numerusform>
            <numerusform>%Ln таңдалды</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Facets</name>
    <message>
        <source>Country</source>
        <translation>Ел</translation>
    </message>
    <message>
        <source>Place</source>
        <translation>Орын</translation>
    </message>
    <message>
        <source>Partner</source>
        <translation>Серіктес</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Тіл</translation>
    </message>
    <message>
        <source>Year</source>
        <translation>Жыл</translation>
    </message>
    <message>
        <source>SDG</source>
        <translation>ТДМ</translation>
    </message>
    <message>
        <source>Tag</source>
        <translation>Тег</translation>
    </message>
    <message>
        <source>Dates</source>
        <translation>Күндер</translation>
    </message>
    <message>
        <source>{language} ({code})</source>
        <translation>{language} ({code})</translation>
    </message>
    <message>
        <source>Undated</source>
        <translation>Күнсіз</translation>
    </message>
    <message>
        <source>{start} – {end}</source>
        <translation>{start} – {end}</translation>
    </message>
    <message>
        <source>from {start}</source>
        <translation>{start} күнінен бастап</translation>
    </message>
    <message>
        <source>until {end}</source>
        <translation>{end} күніне дейін</translation>
    </message>
    <message>
        <source>Goal {number}</source>
        <translation>{number}-мақсат</translation>
    </message>
</context>
<context>
    <name>FirstRunPanel</name>
    <message>
        <source>&lt;h2&gt;Welcome to StoryDesk&lt;/h2&gt;</source>
        <translation>&lt;h2&gt;StoryDesk бағдарламасына қош келдіңіз&lt;/h2&gt;</translation>
    </message>
    <message>
        <source>The catalogue is empty. Import story bundles, folders or files (or drop them on this window), or start with the sample stories that come with StoryDesk.</source>
        <translation>Каталог бос. Оқиғалар жинақтарын, қалталарды немесе файлдарды импорттаңыз (не оларды осы терезеге сүйреп әкеліңіз) немесе StoryDesk құрамындағы үлгі оқиғалардан бастаңыз.</translation>
    </message>
    <message>
        <source>Import the Sample Stories</source>
        <translation>Үлгі оқиғаларды импорттау</translation>
    </message>
    <message>
        <source>Import the sample stories</source>
        <translation>Үлгі оқиғаларды импорттау</translation>
    </message>
    <message>
        <source>Import Files…</source>
        <translation>Файлдарды импорттау…</translation>
    </message>
    <message>
        <source>This installation has no sample bundle.</source>
        <translation>Бұл орнатылған нұсқада үлгі оқиғалар жинағы жоқ.</translation>
    </message>
</context>
<context>
    <name>GuideWindow</name>
    <message>
        <source>StoryDesk User&apos;s Guide</source>
        <translation>StoryDesk пайдаланушы нұсқаулығы</translation>
    </message>
    <message>
        <source>Contents</source>
        <translation>Мазмұны</translation>
    </message>
    <message>
        <source>Guide page</source>
        <translation>Нұсқаулық беті</translation>
    </message>
    <message>
        <source>Navigation</source>
        <translation>Навигация</translation>
    </message>
    <message>
        <source>Back</source>
        <translation>Артқа</translation>
    </message>
    <message>
        <source>Forward</source>
        <translation>Алға</translation>
    </message>
    <message>
        <source>Find in page</source>
        <translation>Беттен іздеу</translation>
    </message>
    <message>
        <source>Find</source>
        <translation>Іздеу</translation>
    </message>
    <message>
        <source>Find Next</source>
        <translation>Келесісін табу</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Жабу</translation>
    </message>
    <message>
        <source>The user&apos;s guide is not installed.</source>
        <translation>Пайдаланушы нұсқаулығы орнатылмаған.</translation>
    </message>
    <message>
        <source>This guide has no page “{name}”.</source>
        <translation>Бұл нұсқаулықта «{name}» беті жоқ.</translation>
    </message>
    <message>
        <source>This page of the guide could not be read.</source>
        <translation>Нұсқаулықтың бұл бетін оқу мүмкін болмады.</translation>
    </message>
    <message>
        <source>Links outside the guide are not opened: {address}</source>
        <translation>Нұсқаулықтан тыс сілтемелер ашылмайды: {address}</translation>
    </message>
    <message>
        <source>Not a page of this guide: {address}</source>
        <translation>Бұл нұсқаулықтың беті емес: {address}</translation>
    </message>
    <message>
        <source>“{text}” is not on this page.</source>
        <translation>Бұл бетте «{text}» жоқ.</translation>
    </message>
</context>
<context>
    <name>HistoryDialog</name>
    <message>
        <source>History of ‘{title}’</source>
        <translation>«{title}» оқиғасының өзгерістер тарихы</translation>
    </message>
    <message>
        <source>Reading the history…</source>
        <translation>Өзгерістер тарихы оқылуда…</translation>
    </message>
    <message>
        <source>Changes to this story</source>
        <translation>Бұл оқиғадағы өзгерістер</translation>
    </message>
    <message>
        <source>This story has not been changed here.</source>
        <translation>Бұл оқиға мұнда өзгертілмеген.</translation>
    </message>
    <message numerus="yes">
        <source>%Ln changes, newest first</source>
        <translation>
            <numerusform>%Ln өзгеріс, алдымен жаңалары</numerusform>
            <numerusform>%Ln өзгеріс, алдымен жаңалары</numerusform>
        </translation>
    </message>
    <message>
        <source>The history could not be read. {reason}</source>
        <translation>Өзгерістер тарихын оқу мүмкін болмады. {reason}</translation>
    </message>
</context>
<context>
    <name>ImageViewer</name>
    <message>
        <source>Image</source>
        <translation>Сурет</translation>
    </message>
    <message>
        <source>◀ Previous</source>
        <translation>◀ Алдыңғы</translation>
    </message>
    <message>
        <source>Next ▶</source>
        <translation>Келесі ▶</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Жабу</translation>
    </message>
    <message>
        <source>Photo: {credit}</source>
        <translation>Фото: {credit}</translation>
    </message>
    <message>
        <source>{number} of {count}</source>
        <translation>{number} / {count}</translation>
    </message>
    <message>
        <source>This image is not available.</source>
        <translation>Бұл сурет қолжетімсіз.</translation>
    </message>
</context>
<context>
    <name>Import</name>
    <message>
        <source>{path}: {reason}</source>
        <translation>{path}: {reason}</translation>
    </message>
    <message>
        <source>has a NUL character in its name</source>
        <translation>атауында NUL таңбасы бар</translation>
    </message>
    <message>
        <source>is an absolute path</source>
        <translation>абсолютті жол</translation>
    </message>
    <message>
        <source>escapes the bundle with &apos;..&apos;</source>
        <translation>&apos;..&apos; арқылы жинақтан тыс шығады</translation>
    </message>
    <message>
        <source>a named pipe (FIFO)</source>
        <translation>атаулы арна (FIFO)</translation>
    </message>
    <message>
        <source>a socket</source>
        <translation>сокет</translation>
    </message>
    <message>
        <source>a device</source>
        <translation>құрылғы</translation>
    </message>
    <message>
        <source>a special file</source>
        <translation>арнайы файл</translation>
    </message>
    <message>
        <source>is {kind}, not a regular file; it was not read</source>
        <translation>{kind}, кәдімгі файл емес; ол оқылмады</translation>
    </message>
    <message>
        <source>cannot be read ({error})</source>
        <translation>оқу мүмкін емес ({error})</translation>
    </message>
    <message>
        <source>a file of an unknown kind</source>
        <translation>белгісіз түрдегі файл</translation>
    </message>
    <message>
        <source>is a link; links are not followed</source>
        <translation>сілтеме; StoryDesk сілтемелер бойынша өтпейді</translation>
    </message>
    <message>
        <source>the file is {size:,} bytes, over the {limit:,} limit</source>
        <translation>файл көлемі {size:,} байт, бұл {limit:,} байт шегінен асады</translation>
    </message>
    <message>
        <source>the path leaves the folder</source>
        <translation>жол қалтадан тыс шығады</translation>
    </message>
    <message>
        <source>not a readable ZIP archive</source>
        <translation>оқылатын ZIP мұрағаты емес</translation>
    </message>
    <message>
        <source>its list of files is {size:,} bytes, over the {limit:,} limit (too many files)</source>
        <translation>оның файлдар тізімі {size:,} байт, бұл {limit:,} байт шегінен асады (файлдар тым көп)</translation>
    </message>
    <message>
        <source>entry &apos;{name}&apos; {reason}</source>
        <translation>«{name}» элементі: {reason}</translation>
    </message>
    <message>
        <source>entry &apos;{name}&apos; is a link</source>
        <translation>«{name}» элементі — сілтеме</translation>
    </message>
    <message>
        <source>entry &apos;{name}&apos; is {kind}</source>
        <translation>«{name}» элементі — {kind}</translation>
    </message>
    <message>
        <source>entry &apos;{name}&apos; is encrypted</source>
        <translation>«{name}» элементі шифрланған</translation>
    </message>
    <message>
        <source>entry &apos;{name}&apos; unpacks to {size:,} bytes, over the {limit:,} limit</source>
        <translation>«{name}» элементі ашылғанда {size:,} байт болады, бұл {limit:,} байт шегінен асады</translation>
    </message>
    <message>
        <source>entry &apos;{name}&apos; is a compression bomb ({packed:,} bytes unpack to {size:,}, over {ratio}:1)</source>
        <translation>«{name}» элементі — сығу бомбасы ({packed:,} байт ашылғанда {size:,} байт болады, {ratio}:1 арақатынасынан асады)</translation>
    </message>
    <message>
        <source>entry &apos;{name}&apos; appears twice</source>
        <translation>«{name}» элементі екі рет кездеседі</translation>
    </message>
    <message>
        <source>entries &apos;{first}&apos; and &apos;{second}&apos; differ only in letter case or Unicode form; which one is meant is ambiguous</source>
        <translation>«{first}» және «{second}» элементтері тек әріп регистрімен не Unicode пішінімен ерекшеленеді; қайсысы меңзелгені анық емес</translation>
    </message>
    <message>
        <source>unpacks to {size:,} bytes, over the {limit:,} limit</source>
        <translation>ашылғанда {size:,} байт болады, бұл {limit:,} байт шегінен асады</translation>
    </message>
    <message>
        <source>is a compression bomb ({packed:,} bytes unpack to {size:,}, over {ratio}:1)</source>
        <translation>сығу бомбасы ({packed:,} байт ашылғанда {size:,} байт болады, {ratio}:1 арақатынасынан асады)</translation>
    </message>
    <message>
        <source>entries &apos;{first}&apos; and &apos;{second}&apos; overlap in the archive (a compression bomb)</source>
        <translation>«{first}» және «{second}» элементтері мұрағатта бір-бірімен қабаттасады (сығу бомбасы)</translation>
    </message>
    <message>
        <source>is not in the bundle</source>
        <translation>жинақта жоқ</translation>
    </message>
    <message>
        <source>is {size:,} bytes, over the {limit:,} limit</source>
        <translation>көлемі {size:,} байт, бұл {limit:,} байт шегінен асады</translation>
    </message>
    <message>
        <source>unpacks to more than it declares</source>
        <translation>ашылғанда мәлімделген көлемнен үлкен болады</translation>
    </message>
    <message>
        <source>uses a compression method StoryDesk cannot read ({error})</source>
        <translation>StoryDesk оқи алмайтын сығу әдісін қолданады ({error})</translation>
    </message>
    <message>
        <source>is damaged in the archive ({error})</source>
        <translation>мұрағатта зақымдалған ({error})</translation>
    </message>
    <message>
        <source>is damaged in the archive (unpacks to {size:,} bytes, not {declared:,})</source>
        <translation>мұрағатта зақымдалған (ашылғанда {declared:,} байт емес, {size:,} байт болады)</translation>
    </message>
    <message>
        <source>holds {count:,} files, over the {limit:,} limit</source>
        <translation>ішінде {count:,} файл бар, бұл {limit:,} шегінен асады</translation>
    </message>
    <message>
        <source>the compressed data are corrupt: {error}</source>
        <translation>сығылған деректер бүлінген: {error}</translation>
    </message>
    <message>
        <source>the spreadsheet is empty</source>
        <translation>кесте бос</translation>
    </message>
    <message>
        <source>no column holds the story text (expected e.g. &apos;text&apos; or &apos;title&apos;)</source>
        <translation>оқиға мәтіні бар баған жоқ (мысалы, «text» немесе «title» бағаны күтілген)</translation>
    </message>
    <message>
        <source>row {number} opens a quote (&quot;) it never closes; the {count} lines after it are read as rows of their own</source>
        <translation>{number}-жолда тырнақша (&quot;) ашылып, жабылмаған; одан кейінгі {count} жол жеке жолдар ретінде оқылады</translation>
    </message>
    <message>
        <source>the spreadsheet is malformed ({error})</source>
        <translation>кесте құрылымы бұзылған ({error})</translation>
    </message>
    <message>
        <source>row {number} is empty</source>
        <translation>{number}-жол бос</translation>
    </message>
    <message>
        <source>row {number} holds NUL bytes (damaged); left out</source>
        <translation>{number}-жолда NUL байттары бар (зақымдалған); алынып тасталды</translation>
    </message>
    <message>
        <source>row {number} has neither a title nor text</source>
        <translation>{number}-жолда тақырып та, мәтін де жоқ</translation>
    </message>
    <message>
        <source>row {number} repeats row {earlier} exactly</source>
        <translation>{number}-жол {earlier}-жолды толық қайталайды</translation>
    </message>
    <message>
        <source>row {number} repeats id {id} of row {earlier}; row {earlier} is kept</source>
        <translation>{number}-жол {earlier}-жолдың идентификаторын ({id}) қайталайды; {earlier}-жол сақталды</translation>
    </message>
    <message>
        <source>title</source>
        <translation>тақырып</translation>
    </message>
    <message>
        <source>author</source>
        <translation>автор</translation>
    </message>
    <message>
        <source>source name</source>
        <translation>дереккөз атауы</translation>
    </message>
    <message>
        <source>source url</source>
        <translation>дереккөз URL мекенжайы</translation>
    </message>
    <message>
        <source>summary</source>
        <translation>түйіндеме</translation>
    </message>
    <message>
        <source>external id</source>
        <translation>сыртқы идентификатор</translation>
    </message>
    <message>
        <source>countries</source>
        <translation>елдер</translation>
    </message>
    <message>
        <source>places</source>
        <translation>орындар</translation>
    </message>
    <message>
        <source>partners</source>
        <translation>серіктестер</translation>
    </message>
    <message>
        <source>tags</source>
        <translation>тегтер</translation>
    </message>
    <message>
        <source>translations</source>
        <translation>аудармалар</translation>
    </message>
    <message>
        <source>{field} of {length:,} characters is over the {limit:,} limit; it was left out</source>
        <translation>«{field}» өрісі {length:,} таңба, бұл {limit:,} таңба шегінен асады; ол алынып тасталды</translation>
    </message>
    <message>
        <source>{field} of {length:,} characters was cut to {limit:,}</source>
        <translation>«{field}» өрісі {length:,} таңба еді, {limit:,} таңбаға дейін қысқартылды</translation>
    </message>
    <message>
        <source>{count:,} of {total:,} {field} were left out (over {item_limit} characters each or {limit} in all)</source>
        <translation>«{field}» тізіміндегі {total:,} мәннің {count:,} мәні алынып тасталды ({item_limit} таңбадан ұзындары не жалпы {limit} мәннен артығы)</translation>
    </message>
    <message>
        <source>the file is binary, not text</source>
        <translation>файл мәтін емес, бинарлық файл</translation>
    </message>
    <message>
        <source>text marked as {codec} does not decode</source>
        <translation>{codec} деп белгіленген мәтін декодталмайды</translation>
    </message>
    <message>
        <source>the file is not text in any known encoding</source>
        <translation>файл белгілі кодтаулардың ешқайсысындағы мәтін емес</translation>
    </message>
    <message>
        <source>the page has no title and no article text</source>
        <translation>бетте тақырып та, мақала мәтіні де жоқ</translation>
    </message>
    <message>
        <source>page is {size:.1f} million characters, over the {limit} million limit</source>
        <translation>бет көлемі {size:.1f} миллион таңба, бұл {limit} миллион шегінен асады</translation>
    </message>
    <message>
        <source>the import</source>
        <translation>импорт</translation>
    </message>
    <message>
        <source>could not be read ({error}); details in the log</source>
        <translation>оқылмады ({error}); толығырақ журналда</translation>
    </message>
    <message>
        <source>a publisher</source>
        <translation>бір баспагер</translation>
    </message>
    <message>
        <source>{publisher} (fingerprint {fingerprint}…)</source>
        <translation>{publisher} (саусақ ізі: {fingerprint}…)</translation>
    </message>
    <message>
        <source>an unsigned bundle</source>
        <translation>қолтаңбасыз оқиғалар жинағы</translation>
    </message>
    <message>
        <source>a file or folder, not a signed bundle</source>
        <translation>қол қойылған оқиғалар жинағы емес, файл не қалта</translation>
    </message>
    <message>
        <source>an unknown publisher &quot;{publisher}&quot; (fingerprint {fingerprint}…)</source>
        <translation>белгісіз баспагер «{publisher}» (саусақ ізі: {fingerprint}…)</translation>
    </message>
    <message>
        <source>a story imported here, not from a bundle</source>
        <translation>оқиғалар жинағынан емес, мұнда импортталған оқиға</translation>
    </message>
    <message>
        <source>{incoming}: a bundle that is unsigned or from an unknown publisher only adds stories</source>
        <translation>{incoming}: қолтаңбасыз немесе белгісіз баспагердің оқиғалар жинағы тек жаңа оқиғалар қоса алады</translation>
    </message>
    <message>
        <source>the bundle is unsigned</source>
        <translation>оқиғалар жинағына қол қойылмаған</translation>
    </message>
    <message>
        <source>the bundle&apos;s publisher is not trusted here</source>
        <translation>оқиғалар жинағының баспагеріне мұнда сенім білдірілмеген</translation>
    </message>
    <message>
        <source>no story with this id is in the catalogue</source>
        <translation>каталогта мұндай идентификаторы бар оқиға жоқ</translation>
    </message>
    <message>
        <source>the story did not come from this publisher</source>
        <translation>оқиға бұл баспагерден келмеген</translation>
    </message>
    <message>
        <source>withdrawal of story {id} not applied: {reason}</source>
        <translation>{id} оқиғасын қайтарып алу орындалмады: {reason}</translation>
    </message>
    <message>
        <source>story &apos;{title}&apos;: image {image} is missing (not in the folder or bundle)</source>
        <translation>«{title}» оқиғасы: {image} суреті жоқ (қалтада да, жинақта да жоқ)</translation>
    </message>
    <message>
        <source>the same story as {earlier} (&apos;{title}&apos;), read earlier in this import; this later version is the one kept</source>
        <translation>осы импортта бұрынырақ оқылған оқиғамен бірдей: {earlier} («{title}»); осы кейінгі нұсқасы сақталды</translation>
    </message>
    <message>
        <source>not valid JSON ({error})</source>
        <translation>жарамды JSON емес ({error})</translation>
    </message>
    <message>
        <source>holds over {limit:,} records</source>
        <translation>жазбалар саны {limit:,} шегінен асады</translation>
    </message>
    <message>
        <source>record {number} is not an object</source>
        <translation>{number}-жазба объект емес</translation>
    </message>
    <message>
        <source>record {number} has neither a title nor text</source>
        <translation>{number}-жазбада тақырып та, мәтін де жоқ</translation>
    </message>
    <message>
        <source>record {number} repeats the id of record {earlier}; record {earlier} is kept</source>
        <translation>{number}-жазба {earlier}-жазбаның идентификаторын қайталайды; {earlier}-жазба сақталды</translation>
    </message>
    <message>
        <source>YAML expands to over {limit:,} values (aliases repeating aliases); refused as a memory bomb</source>
        <translation>YAML ашылғанда {limit:,} мәннен асады (alias сілтемелері бірін-бірі қайталайды); жад бомбасы ретінде қабылданбады</translation>
    </message>
    <message>
        <source>front matter cannot be read ({error})</source>
        <translation>YAML тақырыптамасын оқу мүмкін емес ({error})</translation>
    </message>
    <message>
        <source>front matter is not a set of fields</source>
        <translation>YAML тақырыптамасы өрістер жиыны емес</translation>
    </message>
    <message>
        <source>yes/no value</source>
        <translation>иә/жоқ мәні</translation>
    </message>
    <message>
        <source>number</source>
        <translation>сан</translation>
    </message>
    <message>
        <source>set of fields</source>
        <translation>өрістер жиыны</translation>
    </message>
    <message>
        <source>list</source>
        <translation>тізім</translation>
    </message>
    <message>
        <source>YAML refers to itself through an alias</source>
        <translation>YAML alias арқылы өзіне-өзі сілтейді</translation>
    </message>
    <message>
        <source>text</source>
        <translation>мәтін</translation>
    </message>
    <message>
        <source>a list of names</source>
        <translation>атаулар тізімі</translation>
    </message>
    <message>
        <source>a name</source>
        <translation>атау</translation>
    </message>
    <message>
        <source>a date</source>
        <translation>дата</translation>
    </message>
    <message>
        <source>front matter &apos;{key}&apos; is a {shape}, not {expected}; it was left out</source>
        <translation>YAML тақырыптамасындағы «{key}» өрісі — {shape}, {expected} емес; ол алынып тасталды</translation>
    </message>
    <message>
        <source>a rich-text document</source>
        <translation>RTF құжаты</translation>
    </message>
    <message>
        <source>a tab-separated table</source>
        <translation>табуляциямен бөлінген кесте</translation>
    </message>
    <message>
        <source>not listed in bundle.json</source>
        <translation>bundle.json тізімінде жоқ</translation>
    </message>
    <message>
        <source>site furniture (README, LICENSE...), not a story</source>
        <translation>сайттың қызметтік файлы (README, LICENSE...), оқиға емес</translation>
    </message>
    <message>
        <source>an old Word document (.doc)</source>
        <translation>ескі Word құжаты (.doc)</translation>
    </message>
    <message>
        <source>an old Excel workbook (.xls)</source>
        <translation>ескі Excel жұмыс кітабы (.xls)</translation>
    </message>
    <message>
        <source>save it as .docx, .odt or text</source>
        <translation>оны .docx, .odt немесе мәтін түрінде сақтаңыз</translation>
    </message>
    <message>
        <source>save it as .csv</source>
        <translation>оны .csv түрінде сақтаңыз</translation>
    </message>
    <message>
        <source>save it as .xlsx, .ods or .csv</source>
        <translation>оны .xlsx, .ods немесе .csv түрінде сақтаңыз</translation>
    </message>
    <message>
        <source>.md, .markdown, .txt, .html, .htm, .csv, .json, .docx, .odt, .pdf, .xlsx, .ods, .storybundle and .zip</source>
        <translation>.md, .markdown, .txt, .html, .htm, .csv, .json, .docx, .odt, .pdf, .xlsx, .ods, .storybundle және .zip</translation>
    </message>
    <message>
        <source>a website&apos;s configuration file, not a story</source>
        <translation>веб-сайттың конфигурация файлы, оқиға емес</translation>
    </message>
    <message>
        <source>{kind}, not a story format: {advice} (StoryDesk reads {formats})</source>
        <translation>{kind}, оқиға пішімі емес: {advice} (StoryDesk оқитын пішімдер: {formats})</translation>
    </message>
    <message>
        <source>&apos;{extension}&apos; is not a story format (StoryDesk reads {formats})</source>
        <translation>«{extension}» — оқиға пішімі емес (StoryDesk оқитын пішімдер: {formats})</translation>
    </message>
    <message>
        <source>extensionless</source>
        <translation>кеңейтімі жоқ</translation>
    </message>
    <message>
        <source>is a broken link</source>
        <translation>бұзылған сілтеме</translation>
    </message>
    <message>
        <source>no such file or folder</source>
        <translation>мұндай файл не қалта жоқ</translation>
    </message>
    <message>
        <source>is {kind}, not a regular file; not read</source>
        <translation>{kind}, кәдімгі файл емес; оқылмады</translation>
    </message>
    <message>
        <source>{count} image file(s) ({kinds}): not stories; a story that names an image takes it</source>
        <translation>{count} сурет файлы ({kinds}): оқиға емес; суретке сілтеме жасаған оқиға оны өзіне қосады</translation>
    </message>
    <message>
        <source>site furniture folder (templates, build output)</source>
        <translation>сайттың қызметтік қалтасы (үлгілер, құрастыру нәтижесі)</translation>
    </message>
    <message>
        <source>{count} hidden file(s) or folder(s) (names starting with &apos;.&apos;) passed over</source>
        <translation>{count} жасырын файл не қалта (атауы &apos;.&apos; таңбасынан басталады) өткізіп жіберілді</translation>
    </message>
    <message>
        <source>listed in bundle.json but missing</source>
        <translation>bundle.json тізімінде бар, бірақ файлдың өзі жоқ</translation>
    </message>
    <message>
        <source>hidden file (name starting with &apos;.&apos;) passed over</source>
        <translation>жасырын файл (атауы &apos;.&apos; таңбасынан басталады) өткізіп жіберілді</translation>
    </message>
    <message>
        <source>{count} file(s) in a hidden or system folder passed over</source>
        <translation>жасырын не жүйелік қалтадағы {count} файл өткізіп жіберілді</translation>
    </message>
    <message>
        <source>the file is empty</source>
        <translation>файл бос</translation>
    </message>
    <message>
        <source>holds no stories (objects with a &apos;title&apos; or &apos;text&apos;)</source>
        <translation>ішінде оқиға жоқ (&apos;title&apos; не &apos;text&apos; өрісі бар объектілер)</translation>
    </message>
    <message>
        <source>JSON that holds no stories (objects with a &apos;title&apos; or &apos;text&apos;)</source>
        <translation>ішінде оқиға жоқ JSON (&apos;title&apos; не &apos;text&apos; өрісі бар объектілер)</translation>
    </message>
    <message>
        <source>holds no story text</source>
        <translation>ішінде оқиға мәтіні жоқ</translation>
    </message>
    <message>
        <source>{what}, not a story</source>
        <translation>{what}, оқиға емес</translation>
    </message>
    <message>
        <source>looks like {what}; imported because the file was named on its own</source>
        <translation>{what} сияқты; файл жеке көрсетілгендіктен импортталды</translation>
    </message>
    <message>
        <source>a site&apos;s home page</source>
        <translation>сайттың басты беті</translation>
    </message>
    <message>
        <source>a listing page (layout: {layout})</source>
        <translation>тізім беті (макет: {layout})</translation>
    </message>
    <message>
        <source>a navigation page (titled &apos;{title}&apos;)</source>
        <translation>навигация беті (тақырыбы: «{title}»)</translation>
    </message>
    <message>
        <source>a site&apos;s policy page (titled &apos;{title}&apos;)</source>
        <translation>сайттың ережелер беті (тақырыбы: «{title}»)</translation>
    </message>
    <message>
        <source>a navigation page (mostly links, no article text)</source>
        <translation>навигация беті (негізінен сілтемелер, мақала мәтіні жоқ)</translation>
    </message>
    <message>
        <source>a section&apos;s list page (Hugo _index) with little text</source>
        <translation>мәтіні аз бөлімнің тізім беті (Hugo _index)</translation>
    </message>
    <message>
        <source>a layout page with no text of its own (layout: {layout})</source>
        <translation>өз мәтіні жоқ макет беті (макет: {layout})</translation>
    </message>
    <message>
        <source>a stub of a few words</source>
        <translation>бірнеше сөзден ғана тұратын дайындама</translation>
    </message>
    <message>
        <source>is damaged: not a readable document package</source>
        <translation>зақымдалған: оқылатын құжат бумасы емес</translation>
    </message>
    <message>
        <source>holds {count:,} parts, over the {limit:,} limit</source>
        <translation>ішінде {count:,} бөлік бар, бұл {limit:,} шегінен асады</translation>
    </message>
    <message>
        <source>its part {name} unpacks to {size:,} bytes, over the {limit:,} limit</source>
        <translation>оның «{name}» бөлігі ашылғанда {size:,} байт болады, бұл {limit:,} байт шегінен асады</translation>
    </message>
    <message>
        <source>unpacks to {size:,} bytes in all, over the {limit:,} limit</source>
        <translation>ашылғанда барлығы {size:,} байт болады, бұл {limit:,} байт шегінен асады</translation>
    </message>
    <message>
        <source>a picture in {format} format, which StoryDesk does not store</source>
        <translation>StoryDesk сақтамайтын {format} пішіміндегі сурет</translation>
    </message>
    <message>
        <source>a picture of {size:,} bytes, over the {limit:,} limit</source>
        <translation>{size:,} байттық сурет, бұл {limit:,} байт шегінен асады</translation>
    </message>
    <message>
        <source>over the {limit} pictures taken from one document</source>
        <translation>бір құжаттан алынатын {limit} сурет шегінен тыс</translation>
    </message>
    <message>
        <source>is refused by the OpenDocument reader&apos;s zip bomb check</source>
        <translation>OpenDocument оқу құралының zip бомбасын тексеруінен өтпеді</translation>
    </message>
    <message>
        <source>is an OpenDocument file but not a text document</source>
        <translation>OpenDocument файлы, бірақ мәтіндік құжат емес</translation>
    </message>
    <message>
        <source>is damaged: its OpenDocument text cannot be read</source>
        <translation>зақымдалған: оның OpenDocument мәтінін оқу мүмкін емес</translation>
    </message>
    <message>
        <source>is password-protected; save it without a password and import it again</source>
        <translation>құпиясөзбен қорғалған; оны құпиясөзсіз сақтап, қайта импорттаңыз</translation>
    </message>
    <message>
        <source>is damaged: its XML declares a DTD, which ODF never does</source>
        <translation>зақымдалған: оның XML деректерінде DTD жарияланған, ал ODF файлдарында бұлай ешқашан болмайды</translation>
    </message>
    <message>
        <source>an embedded object is not opened</source>
        <translation>ендірілген объект ашылмайды</translation>
    </message>
    <message>
        <source>a picture linked from outside the file; it is not fetched</source>
        <translation>файлдан тыс жерден сілтеме жасалған сурет; ол жүктеп алынбайды</translation>
    </message>
    <message>
        <source>a picture the file names but does not hold</source>
        <translation>файлда аталған, бірақ ішінде жоқ сурет</translation>
    </message>
    <message>
        <source>is password-protected</source>
        <translation>құпиясөзбен қорғалған</translation>
    </message>
    <message>
        <source>is encrypted with a method StoryDesk cannot read</source>
        <translation>StoryDesk оқи алмайтын әдіспен шифрланған</translation>
    </message>
    <message>
        <source>is damaged: not a readable PDF</source>
        <translation>зақымдалған: оқылатын PDF емес</translation>
    </message>
    <message>
        <source>no text layer (scanned)</source>
        <translation>мәтін қабаты жоқ (сканерленген)</translation>
    </message>
    <message>
        <source>only the first {limit:,} of {count:,} pages were read</source>
        <translation>{count:,} беттің тек алғашқы {limit:,} беті оқылды</translation>
    </message>
    <message>
        <source>page {page} could not be read</source>
        <translation>{page}-бетті оқу мүмкін болмады</translation>
    </message>
    <message>
        <source>{count:,} of {total:,} pages hold only pictures (scanned); their text was not read</source>
        <translation>{total:,} беттің {count:,} бетінде тек суреттер бар (сканерленген); олардың мәтіні оқылмады</translation>
    </message>
    <message>
        <source>page {page} holds {count:,} characters; {limit:,} were read</source>
        <translation>{page}-бетте {count:,} таңба бар; оның {limit:,} таңбасы оқылды</translation>
    </message>
    <message>
        <source>text was cut at {limit:,} characters, on page {page}</source>
        <translation>мәтін {page}-бетте, {limit:,} таңбада қысқартылды</translation>
    </message>
    <message>
        <source>{count:,} pictures over the {limit:,} limit were left out</source>
        <translation>{limit:,} шегінен асқан {count:,} сурет алынып тасталды</translation>
    </message>
    <message>
        <source>the picture could not be read from the PDF</source>
        <translation>суретті PDF файлынан оқу мүмкін болмады</translation>
    </message>
    <message>
        <source>the picture is {width}×{height} pixels, over the limit</source>
        <translation>сурет өлшемі {width}×{height} пиксель, бұл шектен асады</translation>
    </message>
    <message>
        <source>the picture is {size:,} bytes, over the {limit:,} limit</source>
        <translation>сурет көлемі {size:,} байт, бұл {limit:,} байт шегінен асады</translation>
    </message>
    <message>
        <source>is damaged: not a readable spreadsheet ({error})</source>
        <translation>зақымдалған: оқылатын кесте емес ({error})</translation>
    </message>
    <message>
        <source>is an old Excel workbook (.xls) named .xlsx; save it as .xlsx, .ods or .csv</source>
        <translation>.xlsx кеңейтімі берілген ескі Excel жұмыс кітабы (.xls); оны .xlsx, .ods немесе .csv түрінде сақтаңыз</translation>
    </message>
    <message>
        <source>is damaged: it holds no sheets</source>
        <translation>зақымдалған: ішінде бірде-бір парақ жоқ</translation>
    </message>
    <message>
        <source>is not an OpenDocument spreadsheet ({kind})</source>
        <translation>OpenDocument кестесі емес ({kind})</translation>
    </message>
    <message>
        <source>sheet {name} has no header row naming a text or title column (looked in its first {count} rows)</source>
        <translation>«{name}» парағында мәтін не тақырып бағанын көрсететін баған атаулары жолы жоқ (алғашқы {count} жол қаралды)</translation>
    </message>
    <message>
        <source>sheet {name} is empty</source>
        <translation>«{name}» парағы бос</translation>
    </message>
    <message>
        <source>holds no story rows</source>
        <translation>ішінде оқиға жолдары жоқ</translation>
    </message>
    <message>
        <source>the workbook has over {limit:,} rows; rows from row {number} on are not read</source>
        <translation>жұмыс кітабында {limit:,} жолдан көп жол бар; {number}-жолдан бастап жолдар оқылмайды</translation>
    </message>
    <message>
        <source>row {number} has a cell over {limit:,} characters; left out</source>
        <translation>{number}-жолда {limit:,} таңбадан ұзын ұяшық бар; алынып тасталды</translation>
    </message>
    <message>
        <source>rows {first}–{last} repeat row {number} exactly</source>
        <translation>{first}–{last} жолдары {number}-жолды толық қайталайды</translation>
    </message>
    <message>
        <source>rows {first}–{last} are empty</source>
        <translation>{first}–{last} жолдары бос</translation>
    </message>
    <message>
        <source>is a macro-enabled Word document (.docm); save it as a .docx document</source>
        <translation>макростары бар Word құжаты (.docm); оны .docx құжаты ретінде сақтаңыз</translation>
    </message>
    <message>
        <source>is damaged: its Word text cannot be read</source>
        <translation>зақымдалған: оның Word мәтінін оқу мүмкін емес</translation>
    </message>
    <message>
        <source>is an old Word document (.doc) saved as .docx; open it in Word and save it as .docx</source>
        <translation>.docx атауымен сақталған ескі Word құжаты (.doc); оны Word бағдарламасында ашып, .docx түрінде сақтаңыз</translation>
    </message>
    <message>
        <source>an embedded document part is not read</source>
        <translation>ендірілген құжат бөлігі оқылмайды</translation>
    </message>
    <message>
        <source>an embedded object (OLE) is not opened</source>
        <translation>ендірілген объект (OLE) ашылмайды</translation>
    </message>
</context>
<context>
    <name>ImportController</name>
    <message>
        <source>The import did not finish</source>
        <translation>Импорт аяқталмады</translation>
    </message>
</context>
<context>
    <name>ImportFilters</name>
    <message>
        <source>Story bundles</source>
        <translation>Оқиғалар жинақтары</translation>
    </message>
    <message>
        <source>Word, OpenDocument and PDF</source>
        <translation>Word, OpenDocument және PDF</translation>
    </message>
    <message>
        <source>Spreadsheets and JSON</source>
        <translation>Кестелер және JSON</translation>
    </message>
    <message>
        <source>Markdown, web pages and text</source>
        <translation>Markdown, веб-беттер және мәтін</translation>
    </message>
    <message>
        <source>Stories and bundles ({patterns})</source>
        <translation>Оқиғалар және оқиғалар жинақтары ({patterns})</translation>
    </message>
    <message>
        <source>All files (*)</source>
        <translation>Барлық файлдар (*)</translation>
    </message>
</context>
<context>
    <name>ImportPreviewDialog</name>
    <message>
        <source>Import Preview</source>
        <translation>Импортты алдын ала қарау</translation>
    </message>
    <message>
        <source>Nothing was imported.</source>
        <translation>Ештеңе импортталмады.</translation>
    </message>
    <message>
        <source>&amp;Import</source>
        <translation>&amp;Импорттау</translation>
    </message>
    <message>
        <source>Signed by {publisher} — trusted</source>
        <translation>Қол қойған: {publisher} — сенімді баспагер</translation>
    </message>
    <message>
        <source>an unnamed publisher</source>
        <translation>атауы жоқ баспагер</translation>
    </message>
    <message>
        <source>Signed by “{publisher}” — unknown publisher (fingerprint {fingerprint}); compare the fingerprint with the publisher before trusting it in Settings › Publishers</source>
        <translation>Қол қойған: «{publisher}» — белгісіз баспагер (саусақ ізі: {fingerprint}); Баптаулар › Баспагерлер бөлімінде оған сенім білдірмес бұрын саусақ ізін баспагердің өзімен салыстырыңыз</translation>
    </message>
    <message>
        <source>unnamed</source>
        <translation>атаусыз</translation>
    </message>
    <message>
        <source>Unsigned — nothing says who made this bundle</source>
        <translation>Қолтаңбасыз — бұл оқиғалар жинағын кім жасағаны белгісіз</translation>
    </message>
    <message>
        <source>Refused: nothing from this bundle can be imported.</source>
        <translation>Қабылданбады: бұл оқиғалар жинағынан ештеңе импорттау мүмкін емес.</translation>
    </message>
    <message>
        <source>{field} was edited here; your edit is kept</source>
        <translation>«{field}» өрісі мұнда өңделген; сіздің өңдеуіңіз сақталады</translation>
    </message>
    <message>
        <source>This story came from another publisher&apos;s signed bundle; it is not changed</source>
        <translation>Бұл оқиға басқа баспагер қол қойған оқиғалар жинағынан келген; ол өзгертілмейді</translation>
    </message>
    <message>
        <source>Would replace most of the story&apos;s text; the catalogue keeps its own</source>
        <translation>Оқиға мәтінінің басым бөлігін ауыстырар еді; каталог өз мәтінін сақтайды</translation>
    </message>
    <message>
        <source>In conflict; the catalogue keeps its version</source>
        <translation>Сәйкессіздік бар; каталог өз нұсқасын сақтайды</translation>
    </message>
    <message numerus="yes">
        <source>%Ln new stories</source>
        <translation>
            <numerusform>%Ln жаңа оқиға қосылады</numerusform>
            <numerusform>%Ln жаңа оқиға қосылады</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln updated</source>
        <translation>
            <numerusform>%Ln оқиға жаңартылады</numerusform>
            <numerusform>%Ln оқиға жаңартылады</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln unchanged</source>
        <translation>
            <numerusform>%Ln оқиға өзгермейді</numerusform>
            <numerusform>%Ln оқиға өзгермейді</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln withdrawn</source>
        <translation>
            <numerusform>%Ln оқиға алынып тасталады</numerusform>
            <numerusform>%Ln оқиға алынып тасталады</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln rejected</source>
        <translation>
            <numerusform>%Ln файл қабылданбайды</numerusform>
            <numerusform>%Ln файл қабылданбайды</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln in conflict</source>
        <translation>
            <numerusform>%Ln сәйкессіздік бар</numerusform>
            <numerusform>%Ln сәйкессіздік бар</numerusform>
        </translation>
    </message>
    <message>
        <source>Importing would bring: {counts}</source>
        <translation>Импорттасаңыз: {counts}</translation>
    </message>
    <message numerus="yes">
        <source>New (%Ln)</source>
        <translation>
            <numerusform>Жаңа (%Ln)</numerusform>
            <numerusform>Жаңа (%Ln)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Updated (%Ln)</source>
        <translation>
            <numerusform>Жаңартылатын (%Ln)</numerusform>
            <numerusform>Жаңартылатын (%Ln)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Unchanged (%Ln)</source>
        <translation>
            <numerusform>Өзгермейтін (%Ln)</numerusform>
            <numerusform>Өзгермейтін (%Ln)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Withdrawn (%Ln)</source>
        <translation>
            <numerusform>Алынып тасталатын (%Ln)</numerusform>
            <numerusform>Алынып тасталатын (%Ln)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Rejected (%Ln)</source>
        <translation>
            <numerusform>Қабылданбайтын (%Ln)</numerusform>
            <numerusform>Қабылданбайтын (%Ln)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Conflicts (%Ln)</source>
        <translation>
            <numerusform>Сәйкессіздіктер (%Ln)</numerusform>
            <numerusform>Сәйкессіздіктер (%Ln)</numerusform>
        </translation>
    </message>
    <message>
        <source>Story</source>
        <translation>Оқиға</translation>
    </message>
    <message>
        <source>Id</source>
        <translation>Идентификатор</translation>
    </message>
    <message>
        <source>Story &apos;{story}&apos;: image {image} is missing</source>
        <translation>«{story}» оқиғасы: {image} суреті жоқ</translation>
    </message>
    <message>
        <source>File</source>
        <translation>Файл</translation>
    </message>
    <message>
        <source>Why</source>
        <translation>Себебі</translation>
    </message>
</context>
<context>
    <name>ImportProgressDialog</name>
    <message>
        <source>Importing Stories</source>
        <translation>Оқиғаларды импорттау</translation>
    </message>
    <message>
        <source>Reading files…</source>
        <translation>Файлдар оқылуда…</translation>
    </message>
    <message>
        <source>Import progress</source>
        <translation>Импорт барысы</translation>
    </message>
    <message>
        <source>Cancel the import</source>
        <translation>Импорттан бас тарту</translation>
    </message>
    <message>
        <source>Cancelling… nothing from this import will be kept.</source>
        <translation>Тоқтатылуда… бұл импорттан ештеңе сақталмайды.</translation>
    </message>
    <message>
        <source>Importing {number} of {count}…</source>
        <translation>Импортталуда: {number} / {count}…</translation>
    </message>
</context>
<context>
    <name>ImportSummaryDialog</name>
    <message>
        <source>Import Finished</source>
        <translation>Импорт аяқталды</translation>
    </message>
    <message>
        <source>Import Cancelled</source>
        <translation>Импорттан бас тартылды</translation>
    </message>
    <message>
        <source>The import was cancelled. The catalogue is as it was before.</source>
        <translation>Импорттан бас тартылды. Каталог бұрынғы күйінде қалды.</translation>
    </message>
    <message numerus="yes">
        <source>%Ln new stories</source>
        <translation>
            <numerusform>%Ln жаңа оқиға</numerusform>
            <numerusform>%Ln жаңа оқиға</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln updated</source>
        <translation>
            <numerusform>%Ln оқиға жаңартылды</numerusform>
            <numerusform>%Ln оқиға жаңартылды</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln already in the catalogue, unchanged</source>
        <translation>
            <numerusform>%Ln оқиға каталогта бұрыннан бар, өзгермеді</numerusform>
            <numerusform>%Ln оқиға каталогта бұрыннан бар, өзгермеді</numerusform>
        </translation>
    </message>
    <message>
        <source>Files not imported and why</source>
        <translation>Импортталмаған файлдар және себептері</translation>
    </message>
    <message>
        <source>File</source>
        <translation>Файл</translation>
    </message>
    <message>
        <source>What</source>
        <translation>Не болды</translation>
    </message>
    <message>
        <source>Why</source>
        <translation>Себебі</translation>
    </message>
    <message>
        <source>Copy List</source>
        <translation>Тізімді көшіру</translation>
    </message>
    <message>
        <source>&amp;Show:</source>
        <translation>&amp;Көрсету:</translation>
    </message>
    <message>
        <source>Files in {folder}:</source>
        <translation>{folder} қалтасындағы файлдар:</translation>
    </message>
    <message>
        <source>Show the rows of one kind</source>
        <translation>Бір түрдегі жолдарды ғана көрсету</translation>
    </message>
    <message numerus="yes">
        <source>All (%Ln)</source>
        <translation>
            <numerusform>Барлығы (%Ln)</numerusform>
            <numerusform>Барлығы (%Ln)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>{kind} (%Ln)</source>
        <translation>
            <numerusform>{kind} (%Ln)</numerusform>
            <numerusform>{kind} (%Ln)</numerusform>
        </translation>
    </message>
    <message>
        <source>Story &apos;{story}&apos;: image {image} is missing</source>
        <translation>«{story}» оқиғасы: {image} суреті жоқ</translation>
    </message>
    <message>
        <source>Image missing</source>
        <translation>Сурет жоқ</translation>
    </message>
    <message>
        <source>Not imported</source>
        <translation>Импортталмады</translation>
    </message>
    <message>
        <source>Would replace most of the text of story {id}; the catalogue kept its version</source>
        <translation>{id} оқиғасының мәтіні түгелге жуық ауыстырылар еді; каталог өз нұсқасын сақтап қалды</translation>
    </message>
    <message>
        <source>Conflict</source>
        <translation>Қайшылық</translation>
    </message>
    <message>
        <source>Skipped</source>
        <translation>Өткізіп жіберілді</translation>
    </message>
    <message>
        <source>Left out</source>
        <translation>Қосылмады</translation>
    </message>
    <message numerus="yes">
        <source>%Ln files could not be imported</source>
        <translation>
            <numerusform>%Ln файл импортталмады</numerusform>
            <numerusform>%Ln файл импортталмады</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln images missing</source>
        <translation>
            <numerusform>%Ln сурет жоқ</numerusform>
            <numerusform>%Ln сурет жоқ</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln conflicts: the catalogue kept its stories</source>
        <translation>
            <numerusform>%Ln қайшылық: каталог өз оқиғаларын сақтап қалды</numerusform>
            <numerusform>%Ln қайшылық: каталог өз оқиғаларын сақтап қалды</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln edits kept over changes in the source</source>
        <translation>
            <numerusform>Дереккөздегі өзгерістерге қарамастан %Ln өңдеу сақталды</numerusform>
            <numerusform>Дереккөздегі өзгерістерге қарамастан %Ln өңдеу сақталды</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln files or rows skipped</source>
        <translation>
            <numerusform>%Ln файл не жол өткізіп жіберілді</numerusform>
            <numerusform>%Ln файл не жол өткізіп жіберілді</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln values left out</source>
        <translation>
            <numerusform>%Ln мән қосылмады</numerusform>
            <numerusform>%Ln мән қосылмады</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Keys</name>
    <message>
        <source>{path}: the private key is not the one its name says</source>
        <translation>{path}: жабық кілт файл атауында көрсетілген кілт емес</translation>
    </message>
    <message>
        <source>this catalogue&apos;s publisher key ({publisher}, {fingerprint}) was made in another data folder, which keeps its private half (keys/{fingerprint}.key); sign the bundle there, or copy that file into {folder} (see docs/headquarters.md)</source>
        <translation>бұл каталогтың баспагер кілті ({publisher}, {fingerprint}) басқа деректер қалтасында жасалған, оның жабық бөлігі сонда сақтаулы (keys/{fingerprint}.key); оқиғалар жинағына сол жерде қол қойыңыз немесе сол файлды {folder} қалтасына көшіріңіз (docs/headquarters.md құжатын қараңыз)</translation>
    </message>
    <message>
        <source>{fingerprint}: not a key fingerprint (give {least} to {most} of its hex digits)</source>
        <translation>{fingerprint}: кілттің саусақ ізі емес (оның он алтылық цифрларынан кемінде {least}, ең көбі {most} цифр көрсетіңіз)</translation>
    </message>
    <message>
        <source>{fingerprint}: no publisher key here has that fingerprint</source>
        <translation>{fingerprint}: мұнда мұндай саусақ ізі бар баспагер кілті жоқ</translation>
    </message>
    <message>
        <source>{fingerprint}: starts the fingerprints of {count} keys ({keys}); give more of its digits</source>
        <translation>{fingerprint}: {count} кілттің саусақ ізі осылай басталады ({keys}); саусақ ізінің көбірек цифрын көрсетіңіз</translation>
    </message>
    <message>
        <source>a publisher key needs the publisher&apos;s name</source>
        <translation>баспагер кілті үшін баспагердің атауы керек</translation>
    </message>
    <message>
        <source>the publisher&apos;s name is longer than {limit} characters</source>
        <translation>баспагердің атауы {limit} таңбадан ұзын</translation>
    </message>
    <message>
        <source>this catalogue already has its publisher key ({publisher}, {fingerprint}); to replace it, revoke it first with &apos;storydesk keys revoke {fingerprint}&apos; (or Settings › Publishers)</source>
        <translation>бұл каталогтың баспагер кілті бұрыннан бар ({publisher}, {fingerprint}); оны ауыстыру үшін алдымен &apos;storydesk keys revoke {fingerprint}&apos; пәрменімен (немесе Баптаулар › Баспагерлер бөлімінде) кері қайтарып алыңыз</translation>
    </message>
    <message>
        <source>this catalogue has no publisher key of its own; make one with &apos;storydesk keys generate --publisher NAME&apos; (or Settings › Publishers)</source>
        <translation>бұл каталогтың өз баспагер кілті жоқ; оны &apos;storydesk keys generate --publisher NAME&apos; пәрменімен (немесе Баптаулар › Баспагерлер бөлімінде) жасаңыз</translation>
    </message>
    <message>
        <source>{fingerprint}: the key of {publisher} is revoked here; it is not exported</source>
        <translation>{fingerprint}: {publisher} кілті мұнда қайтарылған; ол экспортталмайды</translation>
    </message>
    <message>
        <source>{fingerprint}: the key of {publisher} is not trusted here; only this catalogue&apos;s own key and trusted keys are exported</source>
        <translation>{fingerprint}: {publisher} кілтіне мұнда сенім білдірілмеген; тек осы каталогтың өз кілті мен сенімді кілттер экспортталады</translation>
    </message>
    <message>
        <source>{fingerprint}: the key of {publisher} was revoked here on {date}; a revoked key is not trusted again</source>
        <translation>{fingerprint}: {publisher} кілті мұнда {date} күні қайтарылған; қайтарылған кілтке қайта сенім білдірілмейді</translation>
    </message>
    <message>
        <source>{path}: not a publisher&apos;s private key ({error})</source>
        <translation>{path}: баспагердің жабық кілті емес ({error})</translation>
    </message>
    <message>
        <source>{path}: not an Ed25519 private key</source>
        <translation>{path}: Ed25519 жабық кілті емес</translation>
    </message>
    <message>
        <source>{path}: {reason}</source>
        <translation>{path}: {reason}</translation>
    </message>
    <message>
        <source>too large to be a publisher key file</source>
        <translation>баспагер кілтінің файлы болу үшін тым үлкен</translation>
    </message>
    <message>
        <source>not a publisher key file (not JSON)</source>
        <translation>баспагер кілтінің файлы емес (JSON емес)</translation>
    </message>
    <message>
        <source>not a publisher key file</source>
        <translation>баспагер кілтінің файлы емес</translation>
    </message>
    <message>
        <source>the key is not an Ed25519 key</source>
        <translation>кілт Ed25519 кілті емес</translation>
    </message>
    <message>
        <source>the public key is malformed</source>
        <translation>ашық кілттің құрылымы бұзылған</translation>
    </message>
    <message>
        <source>the key file names no publisher</source>
        <translation>кілт файлында баспагер көрсетілмеген</translation>
    </message>
    <message>
        <source>the fingerprint written in the file is not its key&apos;s</source>
        <translation>файлда жазылған саусақ ізі ондағы кілтке сәйкес келмейді</translation>
    </message>
    <message>
        <source>this catalogue has no publisher key to sign with; make one with &apos;storydesk keys generate --publisher NAME&apos; (or Settings › Publishers)</source>
        <translation>бұл каталогта қол қоюға арналған баспагер кілті жоқ; оны &apos;storydesk keys generate --publisher NAME&apos; пәрменімен (немесе Баптаулар › Баспагерлер бөлімінде) жасаңыз</translation>
    </message>
    <message>
        <source>{path}: a folder; give the name of the key file</source>
        <translation>{path}: бұл қалта; кілт файлының атауын көрсетіңіз</translation>
    </message>
    <message>
        <source>{path}: the key file cannot be written ({reason})</source>
        <translation>{path}: кілт файлын жазу мүмкін емес ({reason})</translation>
    </message>
    <message>
        <source>{path}: no such key file</source>
        <translation>{path}: мұндай кілт файлы жоқ</translation>
    </message>
    <message>
        <source>{path}: a folder, not a key file</source>
        <translation>{path}: бұл кілт файлы емес, қалта</translation>
    </message>
    <message>
        <source>{path}: the key file cannot be read ({reason})</source>
        <translation>{path}: кілт файлын оқу мүмкін емес ({reason})</translation>
    </message>
</context>
<context>
    <name>Launcher</name>
    <message>
        <source>Opening the catalogue…</source>
        <translation>Каталог ашылуда…</translation>
    </message>
    <message>
        <source>Preparing the search index: {done} of {total}</source>
        <translation>Іздеу индексі дайындалуда: {done} / {total}</translation>
    </message>
    <message>
        <source>StoryDesk could not open the catalogue in {folder}</source>
        <translation>StoryDesk {folder} қалтасындағы каталогты аша алмады</translation>
    </message>
    <message>
        <source>Something went wrong</source>
        <translation>Қате орын алды</translation>
    </message>
</context>
<context>
    <name>LicenceTextDialog</name>
    <message>
        <source>Licence: {name}</source>
        <translation>Лицензия: {name}</translation>
    </message>
    <message>
        <source>Licence text</source>
        <translation>Лицензия мәтіні</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>Importing…</source>
        <translation>Импортталуда…</translation>
    </message>
    <message>
        <source>StoryDesk — {folder}</source>
        <translation>StoryDesk — {folder}</translation>
    </message>
    <message>
        <source>StoryDesk — {database} (shared catalogue)</source>
        <translation>StoryDesk — {database} (ортақ каталог)</translation>
    </message>
    <message>
        <source>The catalogue was backed up to {path}</source>
        <translation>Каталогтың сақтық көшірмесі жасалды: {path}</translation>
    </message>
    <message>
        <source>Export cancelled; nothing was written.</source>
        <translation>Экспорттан бас тартылды; ештеңе жазылмады.</translation>
    </message>
    <message>
        <source>Bundle export cancelled; nothing was written.</source>
        <translation>Оқиғалар жинағын экспорттаудан бас тартылды; ештеңе жазылмады.</translation>
    </message>
    <message>
        <source>The catalogue could not be read: {reason}</source>
        <translation>Каталогты оқу мүмкін болмады: {reason}</translation>
    </message>
    <message>
        <source>Search stories (Ctrl+F): words, &quot;a phrase&quot;, partner:UNDP, year:2024…</source>
        <translation>Оқиғаларды іздеу (Ctrl+F): сөздер, &quot;сөз тіркесі&quot;, partner:UNDP, year:2024…</translation>
    </message>
    <message>
        <source>Search</source>
        <translation>Іздеу</translation>
    </message>
    <message>
        <source>Type words to search the stories (Ctrl+F)</source>
        <translation>Оқиғаларды іздеу үшін сөздерді теріңіз (Ctrl+F)</translation>
    </message>
    <message>
        <source>Search stories</source>
        <translation>Оқиғаларды іздеу</translation>
    </message>
    <message>
        <source>Search help</source>
        <translation>Іздеу анықтамасы</translation>
    </message>
    <message>
        <source>How to search: phrases, OR, filters (F1)</source>
        <translation>Қалай іздеу керек: сөз тіркестері, OR, сүзгілер (F1)</translation>
    </message>
    <message>
        <source>Best match</source>
        <translation>Сәйкестігі бойынша</translation>
    </message>
    <message>
        <source>Newest first</source>
        <translation>Алдымен жаңалары</translation>
    </message>
    <message>
        <source>Sort results</source>
        <translation>Нәтижелерді сұрыптау</translation>
    </message>
    <message>
        <source>Stories found</source>
        <translation>Табылған оқиғалар</translation>
    </message>
    <message>
        <source>Import &amp;Files…</source>
        <translation>&amp;Файлдарды импорттау…</translation>
    </message>
    <message>
        <source>Import F&amp;older…</source>
        <translation>&amp;Қалтаны импорттау…</translation>
    </message>
    <message>
        <source>Import &amp;Bundle…</source>
        <translation>Оқиғалар &amp;жинағын импорттау…</translation>
    </message>
    <message>
        <source>Import the &amp;Sample Stories</source>
        <translation>&amp;Үлгі оқиғаларды импорттау</translation>
    </message>
    <message>
        <source>&amp;Print Story…</source>
        <translation>Оқиғаны &amp;басып шығару…</translation>
    </message>
    <message>
        <source>&amp;Export Briefing Pack…</source>
        <translation>Брифинг-пакетті &amp;экспорттау…</translation>
    </message>
    <message>
        <source>Export B&amp;undle…</source>
        <translation>Оқиғалар &amp;жинағын экспорттау…</translation>
    </message>
    <message>
        <source>Print Pre&amp;view of Pack…</source>
        <translation>Пакетті баспа алдында &amp;қарау…</translation>
    </message>
    <message>
        <source>&amp;Back Up Now</source>
        <translation>&amp;Сақтық көшірме жасау</translation>
    </message>
    <message>
        <source>&amp;Restore from Backup…</source>
        <translation>Сақтық көшірмеден қалпына &amp;келтіру…</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Шығу</translation>
    </message>
    <message>
        <source>&amp;Find</source>
        <translation>&amp;Іздеу</translation>
    </message>
    <message>
        <source>Copy Source &amp;Link</source>
        <translation>Дереккөз &amp;сілтемесін көшіру</translation>
    </message>
    <message>
        <source>Add to &amp;Basket</source>
        <translation>&amp;Себетке қосу</translation>
    </message>
    <message>
        <source>&amp;Partners and Places…</source>
        <translation>Серіктестер мен &amp;орындар…</translation>
    </message>
    <message>
        <source>As a &amp;List</source>
        <translation>&amp;Тізім түрінде</translation>
    </message>
    <message>
        <source>As a &amp;Grid</source>
        <translation>Т&amp;ор түрінде</translation>
    </message>
    <message>
        <source>Show the stories as a list (Ctrl+1)</source>
        <translation>Оқиғаларды тізім түрінде көрсету (Ctrl+1)</translation>
    </message>
    <message>
        <source>Show the stories as a grid of cards (Ctrl+2)</source>
        <translation>Оқиғаларды карточкалар торы түрінде көрсету (Ctrl+2)</translation>
    </message>
    <message>
        <source>Show as a list</source>
        <translation>Тізім түрінде көрсету</translation>
    </message>
    <message>
        <source>Show as a grid</source>
        <translation>Тор түрінде көрсету</translation>
    </message>
    <message>
        <source>&amp;About StoryDesk</source>
        <translation>StoryDesk &amp;туралы</translation>
    </message>
    <message>
        <source>&amp;Search Help</source>
        <translation>&amp;Іздеу анықтамасы</translation>
    </message>
    <message>
        <source>User&apos;s &amp;Guide</source>
        <translation>Пайдаланушы &amp;нұсқаулығы</translation>
    </message>
    <message>
        <source>&amp;Keyboard Shortcuts</source>
        <translation>&amp;Пернелер тіркесімдері</translation>
    </message>
    <message>
        <source>System Default</source>
        <translation>Жүйенің әдепкі тілі</translation>
    </message>
    <message>
        <source>Briefing &amp;Basket</source>
        <translation>Брифинг &amp;себеті</translation>
    </message>
    <message>
        <source>Show or hide the briefing basket (Ctrl+Shift+B)</source>
        <translation>Брифинг себетін көрсету не жасыру (Ctrl+Shift+B)</translation>
    </message>
    <message>
        <source>Show or hide the briefing basket</source>
        <translation>Брифинг себетін көрсету не жасыру</translation>
    </message>
    <message>
        <source>&amp;Filters Panel</source>
        <translation>С&amp;үзгілер тақтасы</translation>
    </message>
    <message>
        <source>Show or hide the filters</source>
        <translation>Сүзгілерді көрсету не жасыру</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Файл</translation>
    </message>
    <message>
        <source>&amp;Import</source>
        <translation>&amp;Импорт</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>&amp;Түзету</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Көрініс</translation>
    </message>
    <message>
        <source>&amp;Language</source>
        <translation>Т&amp;іл</translation>
    </message>
    <message>
        <source>&amp;Stories</source>
        <translation>&amp;Оқиғалар</translation>
    </message>
    <message>
        <source>Se&amp;ttings</source>
        <translation>&amp;Баптаулар</translation>
    </message>
    <message>
        <source>&amp;Publishers…</source>
        <translation>&amp;Баспагерлер…</translation>
    </message>
    <message>
        <source>Shared &amp;Catalogue…</source>
        <translation>Ортақ &amp;каталог…</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Анықтама</translation>
    </message>
    <message>
        <source>Import Running</source>
        <translation>Импорт жүріп жатыр</translation>
    </message>
    <message>
        <source>An import is still running. Cancel it and quit? Nothing from the unfinished import will be kept.</source>
        <translation>Импорт әлі аяқталған жоқ. Одан бас тартып, шығасыз ба? Аяқталмаған импорттан ештеңе сақталмайды.</translation>
    </message>
    <message>
        <source>Did you mean {query}?</source>
        <translation>{query} деп іздегіңіз келді ме?</translation>
    </message>
    <message numerus="yes">
        <source>Added %Ln stories to the basket</source>
        <translation>
            <numerusform>Себетке %Ln оқиға қосылды</numerusform>
            <numerusform>Себетке %Ln оқиға қосылды</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Delete…</source>
        <translation>&amp;Жою…</translation>
    </message>
    <message>
        <source>Undo</source>
        <translation>Болдырмау</translation>
    </message>
    <message>
        <source>Stories are being deleted or put back; wait for it to finish.</source>
        <translation>Оқиғалар жойылып не қайтарылып жатыр; аяқталуын күтіңіз.</translation>
    </message>
    <message>
        <source>Deleted “{title}”.</source>
        <translation>«{title}» оқиғасы жойылды.</translation>
    </message>
    <message numerus="yes">
        <source>Deleted %Ln stories.</source>
        <translation>
            <numerusform>%Ln оқиға жойылды.</numerusform>
            <numerusform>%Ln оқиға жойылды.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Put back %Ln stories.</source>
        <translation>
            <numerusform>%Ln оқиға қайтарылды.</numerusform>
            <numerusform>%Ln оқиға қайтарылды.</numerusform>
        </translation>
    </message>
    <message>
        <source>A bundle is being written; wait for it to finish.</source>
        <translation>Оқиғалар жинағы жазылып жатыр; аяқталуын күтіңіз.</translation>
    </message>
    <message>
        <source>The bundle cannot be made now</source>
        <translation>Оқиғалар жинағын қазір жасау мүмкін емес</translation>
    </message>
    <message numerus="yes">
        <source>Wrote the bundle {path} with %Ln stories</source>
        <translation>
            <numerusform>Оқиғалар жинағы жазылды: {path} (%Ln оқиға)</numerusform>
            <numerusform>Оқиғалар жинағы жазылды: {path} (%Ln оқиға)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Restored %Ln stories from the backup; the previous catalogue is kept in {folder}</source>
        <translation>
            <numerusform>Сақтық көшірмеден %Ln оқиға қалпына келтірілді; алдыңғы каталог {folder} қалтасында сақталды</numerusform>
            <numerusform>Сақтық көшірмеден %Ln оқиға қалпына келтірілді; алдыңғы каталог {folder} қалтасында сақталды</numerusform>
        </translation>
    </message>
    <message>
        <source>Esc</source>
        <translation>Esc</translation>
    </message>
    <message>
        <source>In the search field: clear the search</source>
        <translation>Іздеу өрісінде: іздеуді тазарту</translation>
    </message>
    <message>
        <source>Enter</source>
        <translation>Enter</translation>
    </message>
    <message>
        <source>In the filters: add or remove the value chosen</source>
        <translation>Сүзгілерде: таңдалған мәнді қосу не алып тастау</translation>
    </message>
    <message>
        <source>Del</source>
        <translation>Del</translation>
    </message>
    <message>
        <source>In the results: delete the chosen stories</source>
        <translation>Нәтижелерде: таңдалған оқиғаларды жою</translation>
    </message>
    <message>
        <source>In the basket: take the chosen stories out</source>
        <translation>Себетте: таңдалған оқиғаларды себеттен алып тастау</translation>
    </message>
    <message>
        <source>Alt+Up, Alt+Down</source>
        <translation>Alt+Up, Alt+Down</translation>
    </message>
    <message>
        <source>In the basket: move the chosen story</source>
        <translation>Себетте: таңдалған оқиғаны жылжыту</translation>
    </message>
    <message>
        <source>Interface Language</source>
        <translation>Интерфейс тілі</translation>
    </message>
    <message>
        <source>The STORYDESK_LANG environment variable is set to {value}; it takes precedence over this choice. StoryDesk will speak {language} once it is started without it.</source>
        <translation>STORYDESK_LANG орта айнымалысының мәні {value} деп орнатылған; ол осы таңдаудан басым болады. StoryDesk бұл айнымалысыз іске қосылғанда, интерфейс тілі өзгереді: {language}.</translation>
    </message>
    <message>
        <source>The interface will change to {language} when StoryDesk restarts.</source>
        <translation>StoryDesk қайта іске қосылғанда, интерфейс тілі өзгереді: {language}.</translation>
    </message>
    <message>
        <source>Restart Now</source>
        <translation>Қазір қайта іске қосу</translation>
    </message>
    <message>
        <source>Later</source>
        <translation>Кейінірек</translation>
    </message>
    <message>
        <source>Shared Catalogue</source>
        <translation>Ортақ каталог</translation>
    </message>
    <message>
        <source>The STORYDESK_DATABASE_URL environment variable (or --database-url) names {url}; it takes precedence over this choice, which applies once StoryDesk is started without it.</source>
        <translation>STORYDESK_DATABASE_URL орта айнымалысы (немесе --database-url параметрі) {url} мекенжайын көрсетеді; ол осы таңдаудан басым болады, ал бұл таңдау StoryDesk оларсыз іске қосылғанда күшіне енеді.</translation>
    </message>
    <message>
        <source>StoryDesk opens {catalogue} when it restarts.</source>
        <translation>StoryDesk қайта іске қосылғанда, келесі каталогты ашады: {catalogue}.</translation>
    </message>
    <message>
        <source>this computer&apos;s catalogue ({folder})</source>
        <translation>осы компьютердің каталогы ({folder})</translation>
    </message>
    <message numerus="yes">
        <source>%Ln stories</source>
        <translation>
            <numerusform>%Ln оқиға</numerusform>
            <numerusform>%Ln оқиға</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln images</source>
        <translation>
            <numerusform>%Ln сурет</numerusform>
            <numerusform>%Ln сурет</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln partners</source>
        <translation>
            <numerusform>%Ln серіктес</numerusform>
            <numerusform>%Ln серіктес</numerusform>
        </translation>
    </message>
    <message>
        <source>A bundle is being previewed; import it or cancel first.</source>
        <translation>Оқиғалар жинағы алдын ала қаралып жатыр; алдымен оны импорттаңыз немесе одан бас тартыңыз.</translation>
    </message>
    <message>
        <source>The catalogue was changed elsewhere; the list is up to date.</source>
        <translation>Каталог басқа жерде өзгертілді; тізім жаңартылды.</translation>
    </message>
    <message numerus="yes">
        <source>%n stories were changed elsewhere; the list is up to date.</source>
        <translation>
            <numerusform>%n оқиға басқа жерде өзгертілді; тізім жаңартылды.</numerusform>
            <numerusform>%n оқиға басқа жерде өзгертілді; тізім жаңартылды.</numerusform>
        </translation>
    </message>
    <message>
        <source>A briefing pack is being made; wait for it to finish.</source>
        <translation>Брифинг-пакет жасалып жатыр; аяқталуын күтіңіз.</translation>
    </message>
    <message>
        <source>&amp;Edit Story…</source>
        <translation>Оқиғаны &amp;өңдеу…</translation>
    </message>
    <message>
        <source>Story &amp;History…</source>
        <translation>Оқиғаның өзгерістер &amp;тарихы…</translation>
    </message>
    <message>
        <source>Import &amp;Conflicts…</source>
        <translation>&amp;Импорт сәйкессіздіктері…</translation>
    </message>
    <message>
        <source>Saved “{title}”: {fields}</source>
        <translation>«{title}» оқиғасы сақталды: {fields}</translation>
    </message>
    <message>
        <source>A backup or restore is already running.</source>
        <translation>Сақтық көшірме жасау не қалпына келтіру жүріп жатыр.</translation>
    </message>
    <message>
        <source>Wait for the import or backup to finish before restoring.</source>
        <translation>Қалпына келтірмес бұрын импорттың не сақтық көшірменің аяқталуын күтіңіз.</translation>
    </message>
    <message>
        <source>An import is already running; wait for it to finish.</source>
        <translation>Импорт жүріп жатыр; аяқталуын күтіңіз.</translation>
    </message>
    <message>
        <source>Import Stories</source>
        <translation>Оқиғаларды импорттау</translation>
    </message>
    <message>
        <source>Import a Folder of Stories</source>
        <translation>Оқиғалар қалтасын импорттау</translation>
    </message>
    <message>
        <source>Import Story Bundles</source>
        <translation>Оқиғалар жинақтарын импорттау</translation>
    </message>
    <message>
        <source>Story bundles (*.storybundle *.zip)</source>
        <translation>Оқиғалар жинақтары (*.storybundle *.zip)</translation>
    </message>
    <message>
        <source>This installation has no sample bundle</source>
        <translation>Бұл орнатылған нұсқада үлгі оқиғалар жинағы жоқ</translation>
    </message>
    <message>
        <source>Indexing…</source>
        <translation>Индекстелуде…</translation>
    </message>
</context>
<context>
    <name>Media</name>
    <message>
        <source>file is over the {limit} MB limit</source>
        <translation>файл {limit} МБ шегінен асады</translation>
    </message>
    <message>
        <source>image is over the {limit} megapixel limit</source>
        <translation>сурет {limit} мегапиксель шегінен асады</translation>
    </message>
    <message>
        <source>file is truncated or damaged</source>
        <translation>файл толық емес немесе зақымдалған</translation>
    </message>
    <message>
        <source>image has no pixels</source>
        <translation>суретте пиксель жоқ</translation>
    </message>
    <message>
        <source>image is {width}×{height} pixels, over the {limit} megapixel limit</source>
        <translation>сурет өлшемі {width}×{height} пиксель, бұл {limit} мегапиксель шегінен асады</translation>
    </message>
    <message>
        <source>format {format} is not accepted (JPEG, PNG, GIF or WebP only)</source>
        <translation>{format} пішімі қабылданбайды (тек JPEG, PNG, GIF не WebP)</translation>
    </message>
    <message>
        <source>not an image</source>
        <translation>сурет емес</translation>
    </message>
    <message>
        <source>file is empty</source>
        <translation>файл бос</translation>
    </message>
    <message>
        <source>file is {size:.1f} MB, over the {limit} MB limit</source>
        <translation>файл көлемі {size:.1f} МБ, бұл {limit} МБ шегінен асады</translation>
    </message>
    <message>
        <source>media: removed {count} images no story uses from this machine&apos;s copies of the shared catalogue&apos;s images</source>
        <translation>медиа: ортақ каталог суреттерінің осы компьютердегі көшірмелерінен ешбір оқиға пайдаланбайтын {count} сурет жойылды</translation>
    </message>
    <message>
        <source>catalogue: image {name} uploaded to the shared catalogue from this machine&apos;s media folder</source>
        <translation>каталог: {name} суреті осы компьютердің медиа қалтасынан ортақ каталогқа жүктеп салынды</translation>
    </message>
    <message>
        <source>catalogue: image {name} is not in the shared catalogue, so other machines cannot show it; &apos;storydesk check --repair&apos; here uploads it from this machine&apos;s media folder</source>
        <translation>каталог: {name} суреті ортақ каталогта жоқ, сондықтан басқа компьютерлер оны көрсете алмайды; мұнда іске қосылған &apos;storydesk check --repair&apos; пәрмені оны осы компьютердің медиа қалтасынан жүктеп салады</translation>
    </message>
    <message>
        <source>catalogue: the shared catalogue&apos;s copy of image {name} is damaged (its bytes do not match its hash), so other machines cannot show it; &apos;storydesk check --repair&apos; here replaces it from this machine&apos;s media folder</source>
        <translation>каталог: ортақ каталогтағы {name} суретінің көшірмесі зақымдалған (байттары хеш мәніне сәйкес келмейді), сондықтан басқа компьютерлер оны көрсете алмайды; мұнда іске қосылған &apos;storydesk check --repair&apos; пәрмені оны осы компьютердің медиа қалтасындағы нұсқасымен ауыстырады</translation>
    </message>
    <message>
        <source>media: image {name} is missing: it is neither in this machine&apos;s media folder ({folder}) nor in the shared catalogue; run &apos;storydesk check --repair&apos; on the machine that imported its story</source>
        <translation>медиа: {name} суреті жоқ: ол осы компьютердің медиа қалтасында да ({folder}), ортақ каталогта да жоқ; &apos;storydesk check --repair&apos; пәрменін суреттің оқиғасын импорттаған компьютерде іске қосыңыз</translation>
    </message>
    <message>
        <source>media: image {name} is missing: it is not in this machine&apos;s media folder ({folder}) and the shared catalogue&apos;s copy is damaged (its bytes do not match its hash); run &apos;storydesk check --repair&apos; on a machine that has it</source>
        <translation>медиа: {name} суреті жоқ: ол осы компьютердің медиа қалтасында ({folder}) жоқ, ал ортақ каталогтағы көшірмесі зақымдалған (байттары хеш мәніне сәйкес келмейді); &apos;storydesk check --repair&apos; пәрменін бұл сурет бар компьютерде іске қосыңыз</translation>
    </message>
    <message>
        <source>media: image {name}: this machine&apos;s copy was damaged; a sound copy was fetched from the shared catalogue</source>
        <translation>медиа: {name} суреті: осы компьютердегі көшірмесі зақымдалған екен; ортақ каталогтан жарамды көшірме жүктеп алынды</translation>
    </message>
    <message>
        <source>catalogue: removed the bytes of {count} images no story uses from the shared catalogue</source>
        <translation>каталог: ешбір оқиға пайдаланбайтын {count} суреттің деректері ортақ каталогтан жойылды</translation>
    </message>
    <message>
        <source>catalogue: the shared catalogue holds {count} images ({size} bytes) no story uses; &apos;storydesk check --repair&apos; removes them</source>
        <translation>каталог: ортақ каталогта ешбір оқиға пайдаланбайтын {count} сурет бар ({size} байт); оларды &apos;storydesk check --repair&apos; пәрмені жояды</translation>
    </message>
</context>
<context>
    <name>MergePartnerDialog</name>
    <message>
        <source>Merge Partners</source>
        <translation>Серіктестерді біріктіру</translation>
    </message>
    <message>
        <source>The partner that stays</source>
        <translation>Қалатын серіктес</translation>
    </message>
    <message>
        <source>Merge</source>
        <translation>Біріктіру</translation>
    </message>
    <message>
        <source>Merge {source} into:</source>
        <translation>{source} біріктірілетін серіктес:</translation>
    </message>
    <message numerus="yes">
        <source>Merge “{source}” into “{target}”? %Ln stories will name “{target}” instead, and the names of “{source}” become its aliases. This cannot be undone.</source>
        <translation>
            <numerusform>«{source}» серіктесін «{target}» серіктесімен біріктіресіз бе? %Ln оқиға енді «{target}» атауын көрсетеді, ал «{source}» атаулары оның балама атаулары болады. Мұны болдырмау мүмкін емес.</numerusform>
            <numerusform>«{source}» серіктесін «{target}» серіктесімен біріктіресіз бе? %Ln оқиға енді «{target}» атауын көрсетеді, ал «{source}» атаулары оның балама атаулары болады. Мұны болдырмау мүмкін емес.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>NameListEdit</name>
    <message>
        <source>Add to {field}</source>
        <translation>Қосу: {field}</translation>
    </message>
    <message>
        <source>Add</source>
        <translation>Қосу</translation>
    </message>
    <message>
        <source>Add the name typed (Enter)</source>
        <translation>Терілген атауды қосу (Enter)</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Алып тастау</translation>
    </message>
    <message>
        <source>Remove the selected names (Delete)</source>
        <translation>Таңдалған атауларды алып тастау (Delete)</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Бас тарту</translation>
    </message>
    <message>
        <source>“{name}” is not in the directory.</source>
        <translation>«{name}» анықтамалықта жоқ.</translation>
    </message>
    <message>
        <source>New: added to the directory when you apply</source>
        <translation>Жаңа: қолданған кезде анықтамалыққа қосылады</translation>
    </message>
</context>
<context>
    <name>PackController</name>
    <message>
        <source>Writing the briefing pack…</source>
        <translation>Брифинг-пакет жазылуда…</translation>
    </message>
    <message>
        <source>Preparing the print preview…</source>
        <translation>Баспа алдында қарау дайындалуда…</translation>
    </message>
    <message>
        <source>The briefing pack was not made</source>
        <translation>Брифинг-пакет жасалмады</translation>
    </message>
</context>
<context>
    <name>PackDialog</name>
    <message>
        <source>Print Preview of Briefing Pack</source>
        <translation>Брифинг-пакетті баспа алдында қарау</translation>
    </message>
    <message>
        <source>Export Briefing Pack</source>
        <translation>Брифинг-пакетті экспорттау</translation>
    </message>
    <message>
        <source>Stories</source>
        <translation>Оқиғалар</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Атауы</translation>
    </message>
    <message>
        <source>Office or occasion</source>
        <translation>Кеңсе немесе іс-шара</translation>
    </message>
    <message>
        <source>e.g. UNDP Kyrgyzstan · Visit to Issyk-Kul</source>
        <translation>мысалы, БҰҰДБ Қырғызстан · Ыстықкөлге сапар</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Күні</translation>
    </message>
    <message>
        <source>Show a date on the cover</source>
        <translation>Мұқабада күнді көрсету</translation>
    </message>
    <message>
        <source>Introduction</source>
        <translation>Кіріспе</translation>
    </message>
    <message>
        <source>Optional, for the cover. A blank line starts a new paragraph.</source>
        <translation>Міндетті емес, мұқабаға арналған. Бос жол жаңа абзац бастайды.</translation>
    </message>
    <message>
        <source>A4</source>
        <translation>A4</translation>
    </message>
    <message>
        <source>Letter</source>
        <translation>Letter</translation>
    </message>
    <message>
        <source>Paper size</source>
        <translation>Қағаз өлшемі</translation>
    </message>
    <message>
        <source>Include each story&apos;s lead photo</source>
        <translation>Әр оқиғаның басты фотосын қосу</translation>
    </message>
    <message>
        <source>Language of the pack&apos;s headings</source>
        <translation>Пакет тақырыптарының тілі</translation>
    </message>
    <message>
        <source>Headings such as Contents and Key figures; stories are not translated.</source>
        <translation>«Мазмұны», «Негізгі көрсеткіштер» сияқты тақырыптар; оқиғалар аударылмайды.</translation>
    </message>
    <message>
        <source>&amp;Title:</source>
        <translation>&amp;Атауы:</translation>
    </message>
    <message>
        <source>&amp;Office or occasion:</source>
        <translation>Кеңсе немесе &amp;іс-шара:</translation>
    </message>
    <message>
        <source>&amp;Date:</source>
        <translation>&amp;Күні:</translation>
    </message>
    <message>
        <source>&amp;Introduction:</source>
        <translation>Кі&amp;ріспе:</translation>
    </message>
    <message>
        <source>&amp;Paper:</source>
        <translation>&amp;Қағаз:</translation>
    </message>
    <message>
        <source>P&amp;hotos:</source>
        <translation>&amp;Фото:</translation>
    </message>
    <message>
        <source>Headin&amp;gs in:</source>
        <translation>&amp;Тақырыптар тілі:</translation>
    </message>
    <message>
        <source>PDF, to print or attach</source>
        <translation>PDF — басып шығаруға не тіркеуге</translation>
    </message>
    <message>
        <source>HTML, one file to read on a phone</source>
        <translation>HTML — телефонда оқуға арналған бір файл</translation>
    </message>
    <message>
        <source>File format</source>
        <translation>Файл пішімі</translation>
    </message>
    <message>
        <source>Save as</source>
        <translation>Сақтау орны</translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation>&amp;Шолу…</translation>
    </message>
    <message>
        <source>Choose where to save the pack</source>
        <translation>Пакетті сақтайтын орынды таңдау</translation>
    </message>
    <message>
        <source>&amp;Format:</source>
        <translation>&amp;Пішім:</translation>
    </message>
    <message>
        <source>&amp;Save as:</source>
        <translation>Сақтау &amp;орны:</translation>
    </message>
    <message>
        <source>Preview…</source>
        <translation>Алдын ала қарау…</translation>
    </message>
    <message>
        <source>Export</source>
        <translation>Экспорттау</translation>
    </message>
    <message>
        <source>There are no stories to put in a pack: add some to the basket (Ctrl+B) or search for them first.</source>
        <translation>Пакетке салатын оқиға жоқ: алдымен оқиғаларды себетке қосыңыз (Ctrl+B) немесе оларды іздеп табыңыз.</translation>
    </message>
    <message numerus="yes">
        <source>The %Ln stories in the bas&amp;ket, in its order</source>
        <translation>
            <numerusform>&amp;Себеттегі %Ln оқиға, ондағы ретімен</numerusform>
            <numerusform>&amp;Себеттегі %Ln оқиға, ондағы ретімен</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The %Ln stories of the &amp;collection “{name}”, in its order</source>
        <translation>
            <numerusform>«{name}» топта&amp;масындағы %Ln оқиға, ондағы ретімен</numerusform>
            <numerusform>«{name}» топта&amp;масындағы %Ln оқиға, ондағы ретімен</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The first {count} of the %Ln stories of the current &amp;results</source>
        <translation>
            <numerusform>Ағымдағы &amp;нәтижелердің алғашқы {count} оқиғасы (барлығы %Ln)</numerusform>
            <numerusform>Ағымдағы &amp;нәтижелердің алғашқы {count} оқиғасы (барлығы %Ln)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The %Ln stories of the current &amp;results, in their order</source>
        <translation>
            <numerusform>Ағымдағы &amp;нәтижелердегі %Ln оқиға, көрсетілген ретімен</numerusform>
            <numerusform>Ағымдағы &amp;нәтижелердегі %Ln оқиға, көрсетілген ретімен</numerusform>
        </translation>
    </message>
    <message>
        <source>{path} is a folder; add a file name.</source>
        <translation>{path} — қалта; файл атауын қосыңыз.</translation>
    </message>
    <message>
        <source>The folder {folder} does not exist.</source>
        <translation>{folder} қалтасы жоқ.</translation>
    </message>
    <message>
        <source>{file} already exists. Replace it?</source>
        <translation>{file} бұрыннан бар. Оны ауыстыру керек пе?</translation>
    </message>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation>PDF файлдары (*.pdf)</translation>
    </message>
    <message>
        <source>HTML files (*.html *.htm)</source>
        <translation>HTML файлдары (*.html *.htm)</translation>
    </message>
    <message>
        <source>Save the Briefing Pack As</source>
        <translation>Брифинг-пакетті сақтау</translation>
    </message>
    <message>
        <source>There are no stories to put in a pack.</source>
        <translation>Пакетке салатын оқиға жоқ.</translation>
    </message>
    <message>
        <source>Choose where to save the pack.</source>
        <translation>Пакетті сақтайтын орынды таңдаңыз.</translation>
    </message>
    <message>
        <source>Replace File?</source>
        <translation>Файлды ауыстыру керек пе?</translation>
    </message>
</context>
<context>
    <name>PackProgressDialog</name>
    <message>
        <source>Briefing Pack</source>
        <translation>Брифинг-пакет</translation>
    </message>
    <message>
        <source>Briefing pack progress</source>
        <translation>Брифинг-пакет жасау барысы</translation>
    </message>
    <message>
        <source>Cancel the briefing pack</source>
        <translation>Брифинг-пакеттен бас тарту</translation>
    </message>
    <message>
        <source>Cancelling… nothing will be written.</source>
        <translation>Тоқтатылуда… ештеңе жазылмайды.</translation>
    </message>
    <message>
        <source>Preparing story {number} of {count}: {title}</source>
        <translation>Оқиға дайындалуда ({number} / {count}): {title}</translation>
    </message>
    <message>
        <source>Writing story {number} of {count}: {title}</source>
        <translation>Оқиға жазылуда ({number} / {count}): {title}</translation>
    </message>
</context>
<context>
    <name>Packs</name>
    <message>
        <source>The briefing pack could not be printed</source>
        <translation>Брифинг-пакетті басып шығару мүмкін болмады</translation>
    </message>
    <message>
        <source>Print Preview — {title}</source>
        <translation>Баспа алдында қарау — {title}</translation>
    </message>
    <message>
        <source>a briefing pack is written as {formats}, not &apos;{format}&apos;</source>
        <translation>брифинг-пакет пішімі: {formats}; «{format}» пішімі жарамайды</translation>
    </message>
    <message>
        <source>{first} or {second}</source>
        <translation>{first} немесе {second}</translation>
    </message>
    <message>
        <source>the briefing pack</source>
        <translation>брифинг-пакетті жасау</translation>
    </message>
    <message>
        <source>paper must be one of {papers}, not &apos;{paper}&apos;</source>
        <translation>қағаз өлшемі мыналардың бірі болуы керек: {papers}; «{paper}» жарамайды</translation>
    </message>
    <message>
        <source>a briefing pack needs at least one story</source>
        <translation>брифинг-пакетке кемінде бір оқиға керек</translation>
    </message>
    <message>
        <source>{path}: the folder {folder} does not exist</source>
        <translation>{path}: {folder} қалтасы жоқ</translation>
    </message>
    <message>
        <source>cannot start painting the briefing pack (is the output writable?)</source>
        <translation>брифинг-пакетті бейнелеуді бастау мүмкін емес (шығыс файлына жазуға бола ма?)</translation>
    </message>
    <message>
        <source>cannot add a page to the briefing pack</source>
        <translation>брифинг-пакетке бет қосу мүмкін емес</translation>
    </message>
</context>
<context>
    <name>PlatformCheck</name>
    <message>
        <source>StoryDesk cannot open its window: this system lacks {libraries}. Install them with: sudo apt-get install {packages}</source>
        <translation>StoryDesk терезесін аша алмайды: жүйеде {libraries} жоқ. Оларды мына пәрменмен орнатыңыз: sudo apt-get install {packages}</translation>
    </message>
    <message>
        <source>StoryDesk cannot open its window: this system lacks {libraries}. Install the packages that provide them (on Debian and Ubuntu: {packages}).</source>
        <translation>StoryDesk терезесін аша алмайды: жүйеде {libraries} жоқ. Оларды қамтитын бумаларды орнатыңыз (Debian мен Ubuntu-да: {packages}).</translation>
    </message>
    <message>
        <source>StoryDesk cannot open its window: its own Qt libraries are incomplete ({libraries} not found for {plugin}); install StoryDesk again.</source>
        <translation>StoryDesk терезесін аша алмайды: өзінің Qt кітапханалары толық емес ({plugin} үшін {libraries} табылмады); StoryDesk-ті қайта орнатыңыз.</translation>
    </message>
    <message>
        <source>StoryDesk cannot open its window: Qt&apos;s display plugin {plugin} does not load ({error}).</source>
        <translation>StoryDesk терезесін аша алмайды: Qt экран модулі {plugin} жүктелмейді ({error}).</translation>
    </message>
    <message>
        <source>StoryDesk cannot open its window: there is no display (DISPLAY is not set); run it in a desktop session, or set QT_QPA_PLATFORM=offscreen for a check.</source>
        <translation>StoryDesk терезесін аша алмайды: экран жоқ (DISPLAY орнатылмаған); бағдарламаны жұмыс үстелі сеансында іске қосыңыз немесе тексеру үшін QT_QPA_PLATFORM=offscreen орнатыңыз.</translation>
    </message>
</context>
<context>
    <name>PreviewController</name>
    <message>
        <source>The bundle could not be checked</source>
        <translation>Оқиғалар жинағын тексеру мүмкін болмады</translation>
    </message>
</context>
<context>
    <name>PreviewProgressDialog</name>
    <message>
        <source>Checking the Bundle</source>
        <translation>Оқиғалар жинағын тексеру</translation>
    </message>
    <message>
        <source>Checking what the import would do…</source>
        <translation>Импорттың не өзгертетіні тексерілуде…</translation>
    </message>
    <message>
        <source>Preview progress</source>
        <translation>Алдын ала қарау барысы</translation>
    </message>
    <message>
        <source>Cancel the preview</source>
        <translation>Алдын ала қараудан бас тарту</translation>
    </message>
    <message>
        <source>Cancelling… nothing will be imported.</source>
        <translation>Тоқтатылуда… ештеңе импортталмайды.</translation>
    </message>
    <message>
        <source>Checking {number} of {count}…</source>
        <translation>Тексерілуде: {number} / {count}…</translation>
    </message>
</context>
<context>
    <name>PublishersDialog</name>
    <message>
        <source>Publishers</source>
        <translation>Баспагерлер</translation>
    </message>
    <message>
        <source>Bundles signed with a trusted key may update the stories they brought and withdraw them. Compare a key&apos;s fingerprint with its publisher, by phone, before you trust it.</source>
        <translation>Сенімді кілтпен қол қойылған оқиғалар жинақтары өздері әкелген оқиғаларды жаңартып, қайтарып ала алады. Кілтке сенім білдірмес бұрын оның саусақ ізін баспагердің өзімен телефон арқылы салыстырыңыз.</translation>
    </message>
    <message>
        <source>Publisher keys</source>
        <translation>Баспагер кілттері</translation>
    </message>
    <message>
        <source>Publisher</source>
        <translation>Баспагер</translation>
    </message>
    <message>
        <source>Fingerprint</source>
        <translation>Саусақ ізі</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Күйі</translation>
    </message>
    <message>
        <source>Reading the keys…</source>
        <translation>Кілттер оқылуда…</translation>
    </message>
    <message>
        <source>&amp;Generate My Key…</source>
        <translation>Кілтімді &amp;жасау…</translation>
    </message>
    <message>
        <source>Make this catalogue&apos;s publisher key, to sign its bundles</source>
        <translation>Осы каталогтың оқиғалар жинақтарына қол қою үшін оның баспагер кілтін жасау</translation>
    </message>
    <message>
        <source>&amp;Export My Key…</source>
        <translation>Кілтімді &amp;экспорттау…</translation>
    </message>
    <message>
        <source>Save this catalogue&apos;s public key as a file to give to the offices</source>
        <translation>Кеңселерге беру үшін осы каталогтың ашық кілтін файл ретінде сақтау</translation>
    </message>
    <message>
        <source>Trust Key &amp;File…</source>
        <translation>&amp;Файлдағы кілтке сену…</translation>
    </message>
    <message>
        <source>Trust a publisher&apos;s key from a key file</source>
        <translation>Кілт файлындағы баспагер кілтіне сену</translation>
    </message>
    <message>
        <source>&amp;Trust…</source>
        <translation>&amp;Сену…</translation>
    </message>
    <message>
        <source>Trust the chosen key, met in a bundle, after comparing its fingerprint</source>
        <translation>Оқиғалар жинағында кездескен таңдалған кілтке оның саусақ ізін салыстырғаннан кейін сену</translation>
    </message>
    <message>
        <source>&amp;Revoke…</source>
        <translation>&amp;Кері қайтарып алу…</translation>
    </message>
    <message>
        <source>Refuse the chosen key&apos;s bundles from now on</source>
        <translation>Бұдан былай таңдалған кілтпен қол қойылған оқиғалар жинақтарын қабылдамау</translation>
    </message>
    <message>
        <source>This catalogue&apos;s key (signs its bundles)</source>
        <translation>Осы каталогтың кілті (оның оқиғалар жинақтарына қол қояды)</translation>
    </message>
    <message>
        <source>Trusted</source>
        <translation>Сенімді</translation>
    </message>
    <message>
        <source>Trusted (shipped with this StoryDesk)</source>
        <translation>Сенімді (осы StoryDesk құрамында келген)</translation>
    </message>
    <message>
        <source>Not trusted (met in a bundle)</source>
        <translation>Сенім білдірілмеген (оқиғалар жинағында кездескен)</translation>
    </message>
    <message>
        <source>Revoked</source>
        <translation>Қайтарылған</translation>
    </message>
    <message>
        <source>No publisher keys yet: generate this catalogue&apos;s, or trust a key file.</source>
        <translation>Әзірге баспагер кілттері жоқ: осы каталогтың кілтін жасаңыз немесе кілт файлындағы кілтке сенім білдіріңіз.</translation>
    </message>
    <message>
        <source>Generate My Key</source>
        <translation>Кілтімді жасау</translation>
    </message>
    <message>
        <source>The publisher&apos;s name, as the offices will see it on your bundles (for example your organisation and country office):</source>
        <translation>Баспагердің атауы — кеңселер оны сіздің оқиғалар жинақтарыңызда осылай көреді (мысалы, ұйымыңыз бен елдік кеңсеңіз):</translation>
    </message>
    <message>
        <source>Generate</source>
        <translation>Жасау</translation>
    </message>
    <message>
        <source>Export My Key</source>
        <translation>Кілтімді экспорттау</translation>
    </message>
    <message>
        <source>Publisher keys (*.storykey)</source>
        <translation>Баспагер кілттері (*.storykey)</translation>
    </message>
    <message>
        <source>Trust Key File</source>
        <translation>Файлдағы кілтке сену</translation>
    </message>
    <message>
        <source>Publisher keys (*.storykey);;All files (*)</source>
        <translation>Баспагер кілттері (*.storykey);;Барлық файлдар (*)</translation>
    </message>
    <message>
        <source>Trust the key of “{publisher}”?</source>
        <translation>«{publisher}» кілтіне сенесіз бе?</translation>
    </message>
    <message>
        <source>Fingerprint: {fingerprint}

Compare it with the fingerprint the publisher gives you, by phone or in person, not in the bundle&apos;s own channel. A bundle signed with a trusted key may update the stories it brought and withdraw them.</source>
        <translation>Саусақ ізі: {fingerprint}

Оны баспагер сізге телефон арқылы не бетпе-бет айтатын саусақ ізімен салыстырыңыз, оқиғалар жинағы келген арна арқылы емес. Сенімді кілтпен қол қойылған оқиғалар жинағы өзі әкелген оқиғаларды жаңартып, қайтарып ала алады.</translation>
    </message>
    <message>
        <source>Trust</source>
        <translation>Сену</translation>
    </message>
    <message>
        <source>Bundles signed with this key are refused here from now on, and a revoked key cannot be trusted again. The stories it brought stay in the catalogue.</source>
        <translation>Бұдан былай бұл кілтпен қол қойылған оқиғалар жинақтары мұнда қабылданбайды, ал қайтарылған кілтке қайта сенім білдіру мүмкін емес. Ол әкелген оқиғалар каталогта қалады.</translation>
    </message>
    <message>
        <source>Its private half is deleted: your bundles are no longer signed until you generate a new key, which the offices must trust anew.</source>
        <translation>Оның жабық бөлігі жойылады: жаңа кілт жасамайынша оқиғалар жинақтарыңызға қол қойылмайды, ал жаңа кілтке кеңселер қайтадан сенім білдіруі керек.</translation>
    </message>
    <message>
        <source>Revoke the key of “{publisher}” ({fingerprint})?</source>
        <translation>«{publisher}» кілтін ({fingerprint}) кері қайтарып аласыз ба?</translation>
    </message>
    <message>
        <source>Revoke</source>
        <translation>Кері қайтарып алу</translation>
    </message>
    <message>
        <source>{what}. {reason}</source>
        <translation>{what}. {reason}</translation>
    </message>
    <message>
        <source>Made the publisher key of “{publisher}”. Fingerprint: {fingerprint}. Its private half stays in this data folder.</source>
        <translation>«{publisher}» баспагер кілті жасалды. Саусақ ізі: {fingerprint}. Оның жабық бөлігі осы деректер қалтасында сақталады.</translation>
    </message>
    <message>
        <source>No key was made</source>
        <translation>Кілт жасалмады</translation>
    </message>
    <message>
        <source>Saved the public key of “{publisher}” as {path}. Tell the offices its fingerprint, so that they can compare it: {fingerprint}</source>
        <translation>«{publisher}» ашық кілті сақталды: {path}. Кеңселер салыстыра алуы үшін оларға оның саусақ ізін айтыңыз: {fingerprint}</translation>
    </message>
    <message>
        <source>The key was not saved</source>
        <translation>Кілт сақталмады</translation>
    </message>
    <message>
        <source>Trusted the key of “{publisher}”.</source>
        <translation>«{publisher}» кілтіне сенім білдірілді.</translation>
    </message>
    <message>
        <source>Fingerprint: {fingerprint}

Compare it with the fingerprint the publisher gives you, by phone or in person. If they differ, revoke this key.</source>
        <translation>Саусақ ізі: {fingerprint}

Оны баспагер сізге телефон арқылы не бетпе-бет айтатын саусақ ізімен салыстырыңыз. Егер олар сәйкес келмесе, бұл кілтті кері қайтарып алыңыз.</translation>
    </message>
    <message>
        <source>The key was not trusted</source>
        <translation>Кілтке сенім білдірілмеді</translation>
    </message>
    <message>
        <source>Trusted the key of “{publisher}” ({fingerprint}).</source>
        <translation>«{publisher}» кілтіне ({fingerprint}) сенім білдірілді.</translation>
    </message>
    <message>
        <source>Revoked the key of “{publisher}” ({fingerprint}): its bundles are refused here.</source>
        <translation>«{publisher}» кілті ({fingerprint}) кері қайтарып алынды: онымен қол қойылған оқиғалар жинақтары мұнда қабылданбайды.</translation>
    </message>
    <message>
        <source>The key was not revoked</source>
        <translation>Кілт кері қайтарып алынбады</translation>
    </message>
</context>
<context>
    <name>ReadingPane</name>
    <message>
        <source>No story selected</source>
        <translation>Оқиға таңдалмаған</translation>
    </message>
    <message>
        <source>Add to Basket</source>
        <translation>Себетке қосу</translation>
    </message>
    <message>
        <source>Add this story to the briefing basket</source>
        <translation>Бұл оқиғаны брифинг себетіне қосу</translation>
    </message>
    <message>
        <source>Copy Source Link</source>
        <translation>Дереккөз сілтемесін көшіру</translation>
    </message>
    <message>
        <source>Copy the story&apos;s source link</source>
        <translation>Оқиғаның дереккөз сілтемесін көшіру</translation>
    </message>
    <message>
        <source>Edit</source>
        <translation>Өңдеу</translation>
    </message>
    <message>
        <source>Edit the story&apos;s title, date, partners, goals… (F2)</source>
        <translation>Оқиғаның атауын, күнін, серіктестерін, мақсаттарын… өңдеу (F2)</translation>
    </message>
    <message>
        <source>Edit this story</source>
        <translation>Бұл оқиғаны өңдеу</translation>
    </message>
    <message>
        <source>Story text</source>
        <translation>Оқиға мәтіні</translation>
    </message>
    <message>
        <source>Choose a story in the list to read it here.</source>
        <translation>Осы жерде оқу үшін тізімнен оқиғаны таңдаңыз.</translation>
    </message>
    <message>
        <source>This story could not be shown. {reason}</source>
        <translation>Бұл оқиғаны көрсету мүмкін болмады. {reason}</translation>
    </message>
    <message>
        <source>Source link copied: {url}</source>
        <translation>Дереккөз сілтемесі көшірілді: {url}</translation>
    </message>
    <message>
        <source>Link copied: {url}</source>
        <translation>Сілтеме көшірілді: {url}</translation>
    </message>
    <message>
        <source>Copy Link Address</source>
        <translation>Сілтеме мекенжайын көшіру</translation>
    </message>
    <message>
        <source>Print Story</source>
        <translation>Оқиғаны басып шығару</translation>
    </message>
</context>
<context>
    <name>RestoreDialog</name>
    <message>
        <source>Restore from Backup</source>
        <translation>Сақтық көшірмеден қалпына келтіру</translation>
    </message>
    <message>
        <source>Choose a backup to put in place of the catalogue. The current catalogue is not deleted: it is kept aside in the backups folder.</source>
        <translation>Каталогтың орнына қоятын сақтық көшірмені таңдаңыз. Ағымдағы каталог жойылмайды: ол сақтық көшірмелер қалтасында бөлек сақталады.</translation>
    </message>
    <message>
        <source>Backups</source>
        <translation>Сақтық көшірмелер</translation>
    </message>
    <message>
        <source>Taken</source>
        <translation>Жасалған уақыты</translation>
    </message>
    <message>
        <source>Stories</source>
        <translation>Оқиғалар</translation>
    </message>
    <message>
        <source>Why</source>
        <translation>Себебі</translation>
    </message>
    <message>
        <source>Reading the backups…</source>
        <translation>Сақтық көшірмелер оқылуда…</translation>
    </message>
    <message>
        <source>Restore</source>
        <translation>Қалпына келтіру</translation>
    </message>
    <message>
        <source>made with Back Up Now</source>
        <translation>«Сақтық көшірме жасау» командасымен жасалған</translation>
    </message>
    <message>
        <source>daily backup</source>
        <translation>күнделікті сақтық көшірме</translation>
    </message>
    <message>
        <source>before a change to many stories</source>
        <translation>көп оқиға өзгертілер алдында</translation>
    </message>
    <message>
        <source>unreadable</source>
        <translation>оқылмайды</translation>
    </message>
    <message>
        <source>before upgrading the catalogue</source>
        <translation>каталогты жаңарту алдында</translation>
    </message>
    <message>
        <source>There are no backups yet.</source>
        <translation>Әзірге сақтық көшірмелер жоқ.</translation>
    </message>
</context>
<context>
    <name>SdgGoals</name>
    <message>
        <source>No Poverty</source>
        <translation>Кедейлікті жою</translation>
    </message>
    <message>
        <source>Zero Hunger</source>
        <translation>Аштықты жою</translation>
    </message>
    <message>
        <source>Good Health and Well-being</source>
        <translation>Денсаулық және әл-ауқат</translation>
    </message>
    <message>
        <source>Quality Education</source>
        <translation>Сапалы білім</translation>
    </message>
    <message>
        <source>Gender Equality</source>
        <translation>Гендерлік теңдік</translation>
    </message>
    <message>
        <source>Clean Water and Sanitation</source>
        <translation>Таза су және санитария</translation>
    </message>
    <message>
        <source>Affordable and Clean Energy</source>
        <translation>Қолжетімді және таза энергия</translation>
    </message>
    <message>
        <source>Decent Work and Economic Growth</source>
        <translation>Лайықты жұмыс және экономикалық өсу</translation>
    </message>
    <message>
        <source>Industry, Innovation and Infrastructure</source>
        <translation>Индустрия, инновация және инфрақұрылым</translation>
    </message>
    <message>
        <source>Reduced Inequalities</source>
        <translation>Теңсіздікті азайту</translation>
    </message>
    <message>
        <source>Sustainable Cities and Communities</source>
        <translation>Тұрақты қалалар мен елді мекендер</translation>
    </message>
    <message>
        <source>Responsible Consumption and Production</source>
        <translation>Жауапты тұтыну және өндіріс</translation>
    </message>
    <message>
        <source>Climate Action</source>
        <translation>Климат өзгерісіне қарсы іс-қимыл</translation>
    </message>
    <message>
        <source>Life Below Water</source>
        <translation>Су астындағы тіршілік</translation>
    </message>
    <message>
        <source>Life on Land</source>
        <translation>Құрлықтағы тіршілік</translation>
    </message>
    <message>
        <source>Peace, Justice and Strong Institutions</source>
        <translation>Бейбітшілік, әділдік және тиімді институттар</translation>
    </message>
    <message>
        <source>Partnerships for the Goals</source>
        <translation>Мақсаттар жолындағы серіктестік</translation>
    </message>
</context>
<context>
    <name>Search</name>
    <message>
        <source>Rebuilding the search index</source>
        <translation>Іздеу индексін қайта құру</translation>
    </message>
    <message>
        <source>Waiting for another StoryDesk process to finish rebuilding the search index</source>
        <translation>Күту: StoryDesk-тің басқа процесі іздеу индексін қайта құрып жатыр</translation>
    </message>
    <message>
        <source>the search process stopped and could not be restarted</source>
        <translation>іздеу процесі тоқтап қалды және оны қайта іске қосу мүмкін болмады</translation>
    </message>
</context>
<context>
    <name>SearchController</name>
    <message>
        <source>Searches run in the window&apos;s process; typing may pause while they run.</source>
        <translation>Іздеу терезе процесінде орындалады; теру кезінде кідірістер болуы мүмкін.</translation>
    </message>
    <message>
        <source>No stories match. Try other words, or remove a filter.</source>
        <translation>Сәйкес оқиға жоқ. Басқа сөздермен іздеп көріңіз немесе сүзгіні алып тастаңыз.</translation>
    </message>
    <message numerus="yes">
        <source>%Ln stories found</source>
        <translation>
            <numerusform>%Ln оқиға табылды</numerusform>
            <numerusform>%Ln оқиға табылды</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>All %Ln stories, newest first</source>
        <translation>
            <numerusform>Барлық %Ln оқиға, алдымен жаңалары</numerusform>
            <numerusform>Барлық %Ln оқиға, алдымен жаңалары</numerusform>
        </translation>
    </message>
    <message>
        <source>This search cannot be run: {reason}</source>
        <translation>Бұл іздеуді орындау мүмкін емес: {reason}</translation>
    </message>
    <message numerus="yes">
        <source>%Ln stories still being indexed</source>
        <translation>
            <numerusform>%Ln оқиға әлі индекстелуде</numerusform>
            <numerusform>%Ln оқиға әлі индекстелуде</numerusform>
        </translation>
    </message>
    <message>
        <source>The search failed; the details are in the log file.</source>
        <translation>Іздеу сәтсіз аяқталды; толығырақ журнал файлында.</translation>
    </message>
</context>
<context>
    <name>SearchHelpDialog</name>
    <message>
        <source>Search Help</source>
        <translation>Іздеу анықтамасы</translation>
    </message>
    <message>
        <source>How to search</source>
        <translation>Қалай іздеу керек</translation>
    </message>
    <message>
        <source>The search help is not installed.</source>
        <translation>Іздеу анықтамасы орнатылмаған.</translation>
    </message>
</context>
<context>
    <name>SharedCatalogueDialog</name>
    <message>
        <source>Shared Catalogue</source>
        <translation>Ортақ каталог</translation>
    </message>
    <message>
        <source>A headquarters team can keep one catalogue on a PostgreSQL server. Give its address; keep the password out of it (in the PostgreSQL password file). This computer&apos;s data folder then keeps its search index and images.</source>
        <translation>Бас кеңсенің командасы бір каталогты PostgreSQL серверінде ұстай алады. Оның мекенжайын көрсетіңіз; құпиясөзді мекенжайға қоспаңыз (оны PostgreSQL құпиясөздер файлында сақтаңыз). Сонда осы компьютердің деректер қалтасында оның іздеу индексі мен суреттері сақталады.</translation>
    </message>
    <message>
        <source>postgresql+psycopg://user@server/storydesk</source>
        <translation>postgresql+psycopg://user@server/storydesk</translation>
    </message>
    <message>
        <source>Shared catalogue address</source>
        <translation>Ортақ каталог мекенжайы</translation>
    </message>
    <message>
        <source>&amp;Try It</source>
        <translation>&amp;Тексеріп көру</translation>
    </message>
    <message>
        <source>Connect and count the catalogue&apos;s stories</source>
        <translation>Қосылып, каталогтағы оқиғаларды санау</translation>
    </message>
    <message>
        <source>Use This Catalogue</source>
        <translation>Осы каталогты пайдалану</translation>
    </message>
    <message>
        <source>Use This Computer&apos;s Catalogue</source>
        <translation>Осы компьютердің каталогын пайдалану</translation>
    </message>
    <message>
        <source>Connecting…</source>
        <translation>Қосылуда…</translation>
    </message>
    <message>
        <source>Connected. The database is empty: StoryDesk makes the catalogue there when it opens it.</source>
        <translation>Қосылды. Дерекқор бос: StoryDesk оны ашқанда, каталогты сонда жасайды.</translation>
    </message>
    <message numerus="yes">
        <source>Connected: the catalogue holds %Ln stories.</source>
        <translation>
            <numerusform>Қосылды: каталогта %Ln оқиға бар.</numerusform>
            <numerusform>Қосылды: каталогта %Ln оқиға бар.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ShortcutsDialog</name>
    <message>
        <source>Keyboard Shortcuts</source>
        <translation>Пернелер тіркесімдері</translation>
    </message>
    <message>
        <source>Keyboard shortcuts</source>
        <translation>Пернелер тіркесімдері</translation>
    </message>
    <message>
        <source>Keys</source>
        <translation>Пернелер</translation>
    </message>
    <message>
        <source>What they do</source>
        <translation>Әрекеті</translation>
    </message>
</context>
<context>
    <name>Storage</name>
    <message>
        <source>{path}: the data folder is read-only; StoryDesk can show and search it but not change it</source>
        <translation>{path}: деректер қалтасы тек оқуға арналған; StoryDesk оны көрсетіп, онда іздей алады, бірақ өзгерте алмайды</translation>
    </message>
    <message>
        <source>the disk is full; free some space and try again</source>
        <translation>дискіде бос орын жоқ; біраз орын босатып, қайталап көріңіз</translation>
    </message>
    <message>
        <source>the disk reported an input/output error (was a USB drive removed?)</source>
        <translation>диск енгізу/шығару қатесін хабарлады (USB диск ажыратылды ма?)</translation>
    </message>
    <message>
        <source>a file grew past the size the system allows (is the disk full?)</source>
        <translation>файл жүйе рұқсат ететін өлшемнен асып кетті (дискіде орын таусылды ма?)</translation>
    </message>
    <message>
        <source>the disk is read-only</source>
        <translation>диск тек оқуға арналған</translation>
    </message>
    <message>
        <source>permission denied</source>
        <translation>рұқсат жоқ</translation>
    </message>
    <message>
        <source>your disk quota is used up; free some space and try again</source>
        <translation>дискілік квотаңыз таусылды; біраз орын босатып, қайталап көріңіз</translation>
    </message>
    <message>
        <source>the catalogue is busy: another StoryDesk is writing to it; try again when it has finished</source>
        <translation>каталог қазір қолданыста: оған басқа StoryDesk жазып жатыр; ол аяқталғанда қайталап көріңіз</translation>
    </message>
    <message>
        <source>the catalogue file cannot be opened (the folder is missing, not readable, or on a disk that was removed)</source>
        <translation>каталог файлын ашу мүмкін емес (қалта жоқ, оқылмайды немесе ажыратылған дискіде тұр)</translation>
    </message>
    <message>
        <source>the catalogue cannot be changed: the data folder is read-only</source>
        <translation>каталогты өзгерту мүмкін емес: деректер қалтасы тек оқуға арналған</translation>
    </message>
    <message>
        <source>the catalogue is damaged ({detail})</source>
        <translation>каталог зақымдалған ({detail})</translation>
    </message>
    <message>
        <source>{path}: {reason}</source>
        <translation>{path}: {reason}</translation>
    </message>
    <message>
        <source>{path}: the data folder is read-only; StoryDesk shows and searches the shared catalogue but cannot change it, and searches use the search index as it stands</source>
        <translation>{path}: деректер қалтасы тек оқуға арналған; StoryDesk ортақ каталогты көрсетіп, онда іздейді, бірақ оны өзгерте алмайды, ал іздеу кезінде іздеу индексі қазіргі күйінде пайдаланылады</translation>
    </message>
    <message>
        <source>{path}: the data folder does not exist and cannot be created (the disk or its parent folder is read-only)</source>
        <translation>{path}: деректер қалтасы жоқ және оны жасау мүмкін емес (диск немесе оның жоғарғы қалтасы тек оқуға арналған)</translation>
    </message>
    <message>
        <source>{reason}; the catalogue is open for reading only, and searches use the search index as it stands</source>
        <translation>{reason}; каталог тек оқу үшін ашық, ал іздеу кезінде іздеу индексі қазіргі күйінде пайдаланылады</translation>
    </message>
    <message>
        <source>{path}: the data folder is read-only; StoryDesk shows and searches it but cannot change it, and searches use the search index as it stands</source>
        <translation>{path}: деректер қалтасы тек оқуға арналған; StoryDesk оны көрсетіп, онда іздейді, бірақ өзгерте алмайды, ал іздеу кезінде іздеу индексі қазіргі күйінде пайдаланылады</translation>
    </message>
    <message>
        <source>{reason}; nothing was changed</source>
        <translation>{reason}; ештеңе өзгертілмеді</translation>
    </message>
    <message>
        <source>{error} — the catalogue kept all {count} changed stories, but the search index could not be updated; run &apos;storydesk reindex&apos; when there is room</source>
        <translation>{error} — каталог өзгертілген {count} оқиғаның барлығын сақтады, бірақ іздеу индексін жаңарту мүмкін болмады; орын босағанда &apos;storydesk reindex&apos; пәрменін іске қосыңыз</translation>
    </message>
    <message>
        <source>the deleted stories cannot be put back: a story with the same id or source was imported since; nothing was changed</source>
        <translation>жойылған оқиғаларды қайтару мүмкін емес: содан бері идентификаторы немесе дереккөзі сондай оқиға импортталды; ештеңе өзгертілмеді</translation>
    </message>
    <message>
        <source>{path}: the data folder is read-only; no backup can be written there</source>
        <translation>{path}: деректер қалтасы тек оқуға арналған; онда сақтық көшірме жазу мүмкін емес</translation>
    </message>
    <message>
        <source>{path}: the data folder is inside a cloud-sync folder ({folder}); syncing can damage or fork the catalogue: keep it on a local folder and back up with &apos;storydesk backup&apos;</source>
        <translation>{path}: деректер қалтасы бұлтпен синхрондалатын қалтаның ішінде ({folder}); синхрондау каталогты зақымдауы не оны екі нұсқаға бөліп жіберуі мүмкін: оны жергілікті қалтада ұстап, сақтық көшірмені &apos;storydesk backup&apos; пәрменімен жасаңыз</translation>
    </message>
    <message>
        <source>a network share</source>
        <translation>желілік ортақ қалта</translation>
    </message>
    <message>
        <source>a network drive</source>
        <translation>желілік диск</translation>
    </message>
    <message>
        <source>a network or user-space file system ({type})</source>
        <translation>желілік не пайдаланушы кеңістігіндегі файл жүйесі ({type})</translation>
    </message>
    <message>
        <source>{path}: the data folder is on {kind}; SQLite&apos;s locks are unreliable there and the catalogue can be damaged: keep it on a local disk</source>
        <translation>{path}: деректер қалтасының орны: {kind}; онда SQLite құлыптары сенімсіз, каталог зақымдалуы мүмкін: оны жергілікті дискіде ұстаңыз</translation>
    </message>
</context>
<context>
    <name>StoryBrowser</name>
    <message>
        <source>Copy Link Address</source>
        <translation>Сілтеме мекенжайын көшіру</translation>
    </message>
</context>
<context>
    <name>StoryCommand</name>
    <message>
        <source>The change could not be undone</source>
        <translation>Өзгерісті болдырмау мүмкін болмады</translation>
    </message>
    <message>
        <source>The change could not be made again</source>
        <translation>Өзгерісті қайталау мүмкін болмады</translation>
    </message>
</context>
<context>
    <name>StoryEditForm</name>
    <message>
        <source>Undated</source>
        <translation>Күнсіз</translation>
    </message>
    <message>
        <source>https://…</source>
        <translation>https://…</translation>
    </message>
    <message>
        <source>Apply</source>
        <translation>Қолдану</translation>
    </message>
    <message>
        <source>Save the changes (Ctrl+Return)</source>
        <translation>Өзгерістерді сақтау (Ctrl+Return)</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Бас тарту</translation>
    </message>
    <message>
        <source>History…</source>
        <translation>Өзгерістер тарихы…</translation>
    </message>
    <message>
        <source>Edit Story</source>
        <translation>Оқиғаны өңдеу</translation>
    </message>
    <message>
        <source>Not known</source>
        <translation>Белгісіз</translation>
    </message>
    <message>
        <source>Suggested from the story&apos;s text: {terms}</source>
        <translation>Оқиға мәтіні бойынша ұсынылған: {terms}</translation>
    </message>
    <message>
        <source>Suggested: {goal} ({terms})</source>
        <translation>Ұсынылған: {goal} ({terms})</translation>
    </message>
    <message>
        <source>Confirm</source>
        <translation>Растау</translation>
    </message>
    <message>
        <source>Tick this goal; Apply saves it</source>
        <translation>Бұл мақсатты белгілеу; «Қолдану» оны сақтайды</translation>
    </message>
    <message>
        <source>Saving…</source>
        <translation>Сақталуда…</translation>
    </message>
</context>
<context>
    <name>StoryEditor</name>
    <message>
        <source>A story needs a title.</source>
        <translation>Оқиғаның атауы болуы керек.</translation>
    </message>
    <message>
        <source>Another change is being saved; try again.</source>
        <translation>Басқа өзгеріс сақталып жатыр; қайталап көріңіз.</translation>
    </message>
    <message>
        <source>Not saved. {reason}</source>
        <translation>Сақталмады. {reason}</translation>
    </message>
    <message>
        <source>The story was not changed. {reason}</source>
        <translation>Оқиға өзгертілмеді. {reason}</translation>
    </message>
    <message>
        <source>Story Changed by Someone Else</source>
        <translation>Оқиғаны басқа біреу өзгертті</translation>
    </message>
    <message>
        <source>Your changes are still in the form. Reload the story to see the other change, then put your changes back over it (check them, then Apply) or drop them.</source>
        <translation>Өзгерістеріңіз әлі өңдеу пішінінде тұр. Басқа өзгерісті көру үшін оқиғаны қайта жүктеңіз, содан кейін өз өзгерістеріңізді оның үстіне қайта енгізіңіз (оларды тексеріп, «Қолдану» түймесін басыңыз) немесе оларды тастаңыз.</translation>
    </message>
    <message>
        <source>Reload, Keeping My Changes</source>
        <translation>Өзгерістерімді қалдырып, қайта жүктеу</translation>
    </message>
    <message>
        <source>Reload, Dropping My Changes</source>
        <translation>Өзгерістерімді тастап, қайта жүктеу</translation>
    </message>
    <message>
        <source>Reloaded with the other change; your changes are back in the form: check them, then Apply.</source>
        <translation>Оқиға басқа өзгеріспен бірге қайта жүктелді; өзгерістеріңіз өңдеу пішініне қайтарылды: оларды тексеріп, «Қолдану» түймесін басыңыз.</translation>
    </message>
    <message>
        <source>The story could not be reloaded. {reason}</source>
        <translation>Оқиғаны қайта жүктеу мүмкін болмады. {reason}</translation>
    </message>
    <message>
        <source>The story cannot be edited. {reason}</source>
        <translation>Оқиғаны өңдеу мүмкін емес. {reason}</translation>
    </message>
    <message>
        <source>Undo or Redo changed this story; Apply saves what the form shows.</source>
        <translation>«Болдырмау» не «Қайталау» бұл оқиғаны өзгертті; «Қолдану» өңдеу пішініндегі мәндерді сақтайды.</translation>
    </message>
    <message>
        <source>Edit Story</source>
        <translation>Оқиғаны өңдеу</translation>
    </message>
    <message>
        <source>‘{title}’ has changes that are not applied yet.</source>
        <translation>«{title}» оқиғасында әлі қолданылмаған өзгерістер бар.</translation>
    </message>
    <message>
        <source>Apply and Quit</source>
        <translation>Қолданып, шығу</translation>
    </message>
    <message>
        <source>Discard and Quit</source>
        <translation>Сақтамай шығу</translation>
    </message>
    <message>
        <source>Apply your changes to ‘{title}’?</source>
        <translation>«{title}» оқиғасына енгізген өзгерістеріңізді қолдану керек пе?</translation>
    </message>
    <message>
        <source>Apply</source>
        <translation>Қолдану</translation>
    </message>
    <message>
        <source>Discard</source>
        <translation>Тастау</translation>
    </message>
    <message>
        <source>Keep Editing</source>
        <translation>Өңдеуді жалғастыру</translation>
    </message>
</context>
<context>
    <name>StoryFields</name>
    <message>
        <source>Title</source>
        <translation>Атауы</translation>
    </message>
    <message>
        <source>Summary</source>
        <translation>Түйіндемесі</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Күні</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Тілі</translation>
    </message>
    <message>
        <source>Countries</source>
        <translation>Елдер</translation>
    </message>
    <message>
        <source>Places</source>
        <translation>Орындар</translation>
    </message>
    <message>
        <source>Partners</source>
        <translation>Серіктестер</translation>
    </message>
    <message>
        <source>SDGs</source>
        <translation>ТДМ</translation>
    </message>
    <message>
        <source>Tags</source>
        <translation>Тегтер</translation>
    </message>
    <message>
        <source>Author</source>
        <translation>Авторы</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Дереккөзі</translation>
    </message>
    <message>
        <source>Source link</source>
        <translation>Дереккөз сілтемесі</translation>
    </message>
    <message>
        <source>Text</source>
        <translation>Мәтіні</translation>
    </message>
</context>
<context>
    <name>StoryHistory</name>
    <message>
        <source>Edited</source>
        <translation>Өңделді</translation>
    </message>
    <message>
        <source>Undone</source>
        <translation>Болдырмау арқылы қайтарылды</translation>
    </message>
    <message>
        <source>Redone</source>
        <translation>Қайталанды</translation>
    </message>
    <message>
        <source>Imported</source>
        <translation>Импортталды</translation>
    </message>
    <message>
        <source>Took the imported value</source>
        <translation>Импортталған мән алынды</translation>
    </message>
    <message>
        <source>Kept the value edited here</source>
        <translation>Мұнда өңделген мән қалдырылды</translation>
    </message>
    <message>
        <source>Suggestion confirmed</source>
        <translation>Ұсыныс расталды</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Уақыты</translation>
    </message>
    <message>
        <source>Machine</source>
        <translation>Компьютер</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>Өріс</translation>
    </message>
    <message>
        <source>Before</source>
        <translation>Бұрынғы мәні</translation>
    </message>
    <message>
        <source>After</source>
        <translation>Жаңа мәні</translation>
    </message>
    <message>
        <source>Change</source>
        <translation>Өзгеріс</translation>
    </message>
</context>
<context>
    <name>StoryListModel</name>
    <message>
        <source>Loading…</source>
        <translation>Жүктелуде…</translation>
    </message>
    <message>
        <source>{title}; {details}</source>
        <translation>{title}; {details}</translation>
    </message>
</context>
<context>
    <name>StoryPage</name>
    <message>
        <source>Untitled story</source>
        <translation>Атаусыз оқиға</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Күні</translation>
    </message>
    <message>
        <source>Countries</source>
        <translation>Елдер</translation>
    </message>
    <message>
        <source>Places</source>
        <translation>Орындар</translation>
    </message>
    <message>
        <source>Partners</source>
        <translation>Серіктестер</translation>
    </message>
    <message>
        <source>SDGs</source>
        <translation>ТДМ</translation>
    </message>
    <message>
        <source>{language} ({code})</source>
        <translation>{language} ({code})</translation>
    </message>
    <message>
        <source>suggested: {terms}</source>
        <translation>ұсынылған: {terms}</translation>
    </message>
    <message>
        <source>Add this goal to the story</source>
        <translation>Бұл мақсатты оқиғаға қосу</translation>
    </message>
    <message>
        <source>Confirm</source>
        <translation>Растау</translation>
    </message>
    <message>
        <source>Suggested SDGs</source>
        <translation>Ұсынылған ТДМ</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Тілі</translation>
    </message>
    <message>
        <source>Author</source>
        <translation>Авторы</translation>
    </message>
    <message>
        <source>Copy link</source>
        <translation>Сілтемені көшіру</translation>
    </message>
    <message>
        <source>(click to copy)</source>
        <translation>(көшіру үшін басыңыз)</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Дереккөзі</translation>
    </message>
    <message>
        <source>Unlink this story from its translations</source>
        <translation>Бұл оқиғаны аудармаларынан ажырату</translation>
    </message>
    <message>
        <source>Translations</source>
        <translation>Аудармалар</translation>
    </message>
    <message>
        <source>Key figures</source>
        <translation>Негізгі көрсеткіштер</translation>
    </message>
    <message>
        <source>Images not stored in this catalogue: {images}</source>
        <translation>Бұл каталогта сақталмаған суреттер: {images}</translation>
    </message>
    <message>
        <source>Photo: {credit}</source>
        <translation>Фото: {credit}</translation>
    </message>
</context>
<context>
    <name>StoryUndo</name>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Болдырмау</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>&amp;Қайталау</translation>
    </message>
    <message>
        <source>&amp;Undo {change}</source>
        <translation>&amp;Болдырмау: {change}</translation>
    </message>
    <message>
        <source>&amp;Redo {change}</source>
        <translation>&amp;Қайталау: {change}</translation>
    </message>
</context>
<context>
    <name>TranslationLinks</name>
    <message>
        <source>&amp;Link as Translations</source>
        <translation>&amp;Аударма ретінде байланыстыру</translation>
    </message>
    <message>
        <source>Link the selected stories, in different languages, as translations</source>
        <translation>Әр түрлі тілдердегі таңдалған оқиғаларды бір-бірінің аудармасы ретінде байланыстыру</translation>
    </message>
    <message>
        <source>&amp;Unlink from Translations</source>
        <translation>Аудармалардан а&amp;жырату</translation>
    </message>
    <message>
        <source>Take the story shown out of its group of translations</source>
        <translation>Көрсетілген оқиғаны аудармалар тобынан шығару</translation>
    </message>
    <message numerus="yes">
        <source>Linked %Ln stories as translations: {titles}</source>
        <translation>
            <numerusform>%Ln оқиға аударма ретінде байланыстырылды: {titles}</numerusform>
            <numerusform>%Ln оқиға аударма ретінде байланыстырылды: {titles}</numerusform>
        </translation>
    </message>
    <message>
        <source>“{title}” is no longer linked to its translations</source>
        <translation>«{title}» оқиғасы енді аудармаларымен байланысты емес</translation>
    </message>
    <message>
        <source>The translations were not changed. {reason}</source>
        <translation>Аудармалар өзгертілмеді. {reason}</translation>
    </message>
</context>
</TS>
