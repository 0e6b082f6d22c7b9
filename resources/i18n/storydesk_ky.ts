<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ky" sourcelanguage="en">
<context>
    <name>AboutDialog</name>
    <message>
        <source>About StoryDesk</source>
        <translation>StoryDesk жөнүндө</translation>
    </message>
    <message>
        <source>About</source>
        <translation>Программа жөнүндө</translation>
    </message>
    <message>
        <source>Licences</source>
        <translation>Лицензиялар</translation>
    </message>
    <message>
        <source>&amp;Copy Details</source>
        <translation>Чоо-жайын &amp;көчүрүү</translation>
    </message>
    <message>
        <source>Copy the version, folders and sizes, to send to whoever helps you</source>
        <translation>Версияны, папкаларды жана көлөмдөрдү сизге жардам берген адамга жөнөтүү үчүн көчүрүү</translation>
    </message>
    <message>
        <source>StoryDesk {version}</source>
        <translation>StoryDesk {version}</translation>
    </message>
    <message>
        <source>An offline catalogue of development stories.</source>
        <translation>Өнүгүү жөнүндөгү окуялардын интернетсиз иштеген каталогу.</translation>
    </message>
    <message>
        <source>Data folder</source>
        <translation>Маалымат папкасы</translation>
    </message>
    <message>
        <source>&amp;Open Folder</source>
        <translation>Папканы &amp;ачуу</translation>
    </message>
    <message>
        <source>Show the data folder in the file manager</source>
        <translation>Маалымат папкасын файл менеджеринде көрсөтүү</translation>
    </message>
    <message>
        <source>Log file</source>
        <translation>Журнал файлы</translation>
    </message>
    <message>
        <source>Measuring…</source>
        <translation>Эсептелүүдө…</translation>
    </message>
    <message>
        <source>Data folder:</source>
        <translation>Маалымат папкасы:</translation>
    </message>
    <message>
        <source>Log file:</source>
        <translation>Журнал файлы:</translation>
    </message>
    <message>
        <source>Stories:</source>
        <translation>Окуялар:</translation>
    </message>
    <message>
        <source>Shared catalogue:</source>
        <translation>Жалпы каталог:</translation>
    </message>
    <message>
        <source>Catalogue size:</source>
        <translation>Каталогдун көлөмү:</translation>
    </message>
    <message>
        <source>Catalogue file:</source>
        <translation>Каталог файлы:</translation>
    </message>
    <message>
        <source>Photos:</source>
        <translation>Сүрөттөр:</translation>
    </message>
    <message>
        <source>Runs on:</source>
        <translation>Иштөө чөйрөсү:</translation>
    </message>
    <message>
        <source>Qt {qt}, PySide6 {pyside}, Python {python}, {system}</source>
        <translation>Qt {qt}, PySide6 {pyside}, Python {python}, {system}</translation>
    </message>
    <message numerus="yes">
        <source>{size} in %Ln files</source>
        <translation>
            <numerusform>{size}, %Ln файлда</numerusform>
            <numerusform>{size}, %Ln файлда</numerusform>
        </translation>
    </message>
    <message>
        <source>none stored</source>
        <translation>сакталгандары жок</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>белгисиз</translation>
    </message>
    <message>
        <source>StoryDesk is built on the work of others. These fonts and libraries ship with it, under their own licences.</source>
        <translation>StoryDesk башкалардын эмгегине таянып түзүлгөн. Бул шрифттер жана китепканалар аны менен бирге өз лицензиялары боюнча таратылат.</translation>
    </message>
    <message>
        <source>Fonts and libraries</source>
        <translation>Шрифттер жана китепканалар</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Аталышы</translation>
    </message>
    <message>
        <source>Version</source>
        <translation>Версиясы</translation>
    </message>
    <message>
        <source>Licence</source>
        <translation>Лицензиясы</translation>
    </message>
    <message>
        <source>&amp;View Licence…</source>
        <translation>Лицензияны кө&amp;рүү…</translation>
    </message>
    <message>
        <source>Qt and PySide6 are used under the GNU Lesser General Public License, version 3 (https://www.gnu.org/licenses/lgpl-3.0.html); their source is at https://code.qt.io.</source>
        <translation>Qt жана PySide6 GNU Lesser General Public License лицензиясынын 3-версиясынын (https://www.gnu.org/licenses/lgpl-3.0.html) шарттары боюнча колдонулат; алардын баштапкы коду https://code.qt.io дарегинде.</translation>
    </message>
    <message>
        <source>font</source>
        <translation>шрифт</translation>
    </message>
    <message>
        <source>toolkit</source>
        <translation>интерфейс китепканасы</translation>
    </message>
    <message>
        <source>{name} ({kind})</source>
        <translation>{name} ({kind})</translation>
    </message>
    <message>
        <source>This one ships no licence text</source>
        <translation>Бул компоненттин лицензия тексти жок</translation>
    </message>
    <message>
        <source>Read the licence text</source>
        <translation>Лицензиянын текстин окуу</translation>
    </message>
    <message>
        <source>Data folder: {path}</source>
        <translation>Маалымат папкасы: {path}</translation>
    </message>
    <message>
        <source>Log file: {path}</source>
        <translation>Журнал файлы: {path}</translation>
    </message>
    <message>
        <source>Shared catalogue: {url}</source>
        <translation>Жалпы каталог: {url}</translation>
    </message>
    <message>
        <source>Stories: {count}</source>
        <translation>Окуялар: {count}</translation>
    </message>
    <message>
        <source>Catalogue size: {size}</source>
        <translation>Каталогдун көлөмү: {size}</translation>
    </message>
    <message>
        <source>Catalogue file: {size}</source>
        <translation>Каталог файлы: {size}</translation>
    </message>
    <message>
        <source>Photos: {size}</source>
        <translation>Сүрөттөр: {size}</translation>
    </message>
</context>
<context>
    <name>BackupController</name>
    <message>
        <source>Backing up the catalogue…</source>
        <translation>Каталогдун камдык көчүрмөсү жасалууда…</translation>
    </message>
    <message>
        <source>The backup was not made</source>
        <translation>Камдык көчүрмө жасалган жок</translation>
    </message>
    <message>
        <source>Restoring the catalogue from the backup…</source>
        <translation>Каталог камдык көчүрмөдөн калыбына келтирилүүдө…</translation>
    </message>
    <message>
        <source>The catalogue was not restored</source>
        <translation>Каталог калыбына келтирилген жок</translation>
    </message>
</context>
<context>
    <name>BackupProgressDialog</name>
    <message>
        <source>Catalogue Backup</source>
        <translation>Каталогдун камдык көчүрмөсү</translation>
    </message>
    <message>
        <source>Backup progress</source>
        <translation>Камдык көчүрмө жасоонун жүрүшү</translation>
    </message>
</context>
<context>
    <name>Backups</name>
    <message>
        <source>{path}: the copy failed its integrity check ({result})</source>
        <translation>{path}: көчүрмө бүтүндүк текшерүүсүнөн өткөн жок ({result})</translation>
    </message>
    <message>
        <source>{path}: the backup failed ({error})</source>
        <translation>{path}: камдык көчүрмө жасалган жок ({error})</translation>
    </message>
    <message>
        <source>{path}: no such backup file</source>
        <translation>{path}: мындай камдык көчүрмө файлы жок</translation>
    </message>
    <message>
        <source>{path}: damaged, or not a SQLite catalogue ({error})</source>
        <translation>{path}: бузулган же SQLite каталогу эмес ({error})</translation>
    </message>
    <message>
        <source>{path}: the backup is damaged (integrity check: {result})</source>
        <translation>{path}: камдык көчүрмө бузулган (бүтүндүк текшерүүсү: {result})</translation>
    </message>
    <message>
        <source>{path}: not a StoryDesk catalogue (no {tables} table)</source>
        <translation>{path}: StoryDesk каталогу эмес ({tables} таблицасы жок)</translation>
    </message>
    <message>
        <source>{path}: not a sound SQLite catalogue ({error})</source>
        <translation>{path}: SQLite каталогу бүтүн эмес ({error})</translation>
    </message>
    <message>
        <source>no good backup was found in {folder}</source>
        <translation>{folder} папкасынан жарактуу камдык көчүрмө табылган жок</translation>
    </message>
    <message>
        <source>the newest good backup is {path} ({stories} stories, {taken}); restore it with: {command}</source>
        <translation>эң акыркы жарактуу камдык көчүрмө: {path} ({stories} окуя, {taken}); аны ушул буйрук менен калыбына келтириңиз: {command}</translation>
    </message>
    <message>
        <source>{path}: the restore failed ({error})</source>
        <translation>{path}: калыбына келтирүү ишке ашкан жок ({error})</translation>
    </message>
    <message>
        <source>the daily backup could not be made: {error}</source>
        <translation>күнүмдүк камдык көчүрмөнү жасоо мүмкүн болгон жок: {error}</translation>
    </message>
    <message>
        <source>{url}: the catalogue is shared on PostgreSQL; back it up and restore it on the server with pg_dump and pg_restore (see docs/headquarters.md)</source>
        <translation>{url}: каталог PostgreSQL серверинде жалпы колдонулат; анын камдык көчүрмөсүн серверде pg_dump менен жасап, pg_restore менен калыбына келтириңиз (docs/headquarters.md караңыз)</translation>
    </message>
</context>
<context>
    <name>BasketDock</name>
    <message>
        <source>Briefing Basket</source>
        <translation>Брифинг себети</translation>
    </message>
    <message>
        <source>Briefing basket</source>
        <translation>Брифинг себети</translation>
    </message>
    <message>
        <source>Move Up</source>
        <translation>Жогору жылдыруу</translation>
    </message>
    <message>
        <source>Move Down</source>
        <translation>Төмөн жылдыруу</translation>
    </message>
    <message>
        <source>Remove from Basket</source>
        <translation>Себеттен алып салуу</translation>
    </message>
    <message>
        <source>Export…</source>
        <translation>Экспорттоо…</translation>
    </message>
    <message>
        <source>Export the basket as a briefing pack (Ctrl+E)</source>
        <translation>Себетти брифинг-пакет катары экспорттоо (Ctrl+E)</translation>
    </message>
    <message>
        <source>Export the basket as a briefing pack</source>
        <translation>Себетти брифинг-пакет катары экспорттоо</translation>
    </message>
    <message>
        <source>Print…</source>
        <translation>Басып чыгаруу…</translation>
    </message>
    <message>
        <source>Preview and print the basket as a briefing pack</source>
        <translation>Себетти брифинг-пакет катары алдын ала көрүү жана басып чыгаруу</translation>
    </message>
    <message>
        <source>Print the basket as a briefing pack</source>
        <translation>Себетти брифинг-пакет катары басып чыгаруу</translation>
    </message>
    <message>
        <source>Save as Collection…</source>
        <translation>Жыйнак катары сактоо…</translation>
    </message>
    <message>
        <source>Keep the basket, in its order, as a named collection</source>
        <translation>Себетти андагы тартип менен аты бар жыйнак катары сактоо</translation>
    </message>
    <message>
        <source>Save the basket as a collection</source>
        <translation>Себетти жыйнак катары сактоо</translation>
    </message>
    <message>
        <source>Export Bundle…</source>
        <translation>Окуялар топтомун экспорттоо…</translation>
    </message>
    <message>
        <source>Export the basket as a story bundle for another StoryDesk (Ctrl+Shift+E)</source>
        <translation>Себетти башка StoryDesk үчүн окуялар топтому катары экспорттоо (Ctrl+Shift+E)</translation>
    </message>
    <message>
        <source>Export the basket as a story bundle</source>
        <translation>Себетти окуялар топтому катары экспорттоо</translation>
    </message>
    <message>
        <source>Empty: add stories with Ctrl+B</source>
        <translation>Бош: окуяларды Ctrl+B менен кошуңуз</translation>
    </message>
    <message numerus="yes">
        <source>%Ln stories</source>
        <translation>
            <numerusform>%Ln окуя</numerusform>
            <numerusform>%Ln окуя</numerusform>
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
        <translation>Окуялар топтому жазылган жок</translation>
    </message>
</context>
<context>
    <name>BundleExportDialog</name>
    <message>
        <source>Export Bundle</source>
        <translation>Окуялар топтомун экспорттоо</translation>
    </message>
    <message>
        <source>Stories</source>
        <translation>Окуялар</translation>
    </message>
    <message numerus="yes">
        <source>The %Ln stories in the bas&amp;ket, in its order</source>
        <translation>
            <numerusform>Се&amp;беттеги %Ln окуя, андагы тартип менен</numerusform>
            <numerusform>Се&amp;беттеги %Ln окуя, андагы тартип менен</numerusform>
        </translation>
    </message>
    <message>
        <source>A &amp;collection:</source>
        <translation>Жыйна&amp;к:</translation>
    </message>
    <message>
        <source>Collection</source>
        <translation>Жыйнак</translation>
    </message>
    <message numerus="yes">
        <source>{name} (%Ln stories)</source>
        <translation>
            <numerusform>{name} (%Ln окуя)</numerusform>
            <numerusform>{name} (%Ln окуя)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The %Ln stories of the current &amp;results, in their order</source>
        <translation>
            <numerusform>&amp;Учурдагы натыйжалардагы %Ln окуя, көрсөтүлгөн тартип менен</numerusform>
            <numerusform>&amp;Учурдагы натыйжалардагы %Ln окуя, көрсөтүлгөн тартип менен</numerusform>
        </translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Аталышы</translation>
    </message>
    <message>
        <source>Publisher</source>
        <translation>Басып чыгаруучу</translation>
    </message>
    <message>
        <source>e.g. UNDP Kyrgyzstan</source>
        <translation>мис., БУУӨП Кыргызстан</translation>
    </message>
    <message>
        <source>Sign with my publisher key</source>
        <translation>Басып чыгаруучу ачкычым менен кол коюу</translation>
    </message>
    <message>
        <source>This catalogue has no publisher key. Make one in Settings › Publishers (or with: storydesk keys generate --publisher NAME), then sign bundles so others can tell they come from you.</source>
        <translation>Бул каталогдо басып чыгаруучунун ачкычы жок. Аны Жөндөөлөр › Басып чыгаруучулар бөлүмүндө (же буйрук менен: storydesk keys generate --publisher NAME) түзүңүз, андан кийин башкалар окуялар топтомдорунун сизден келгенин биле алышы үчүн аларга кол коюңуз.</translation>
    </message>
    <message>
        <source>Signed bundles say who made them: a catalogue that trusts your key shows them as from {publisher} (key {fingerprint}).</source>
        <translation>Кол коюлган окуялар топтомдорунан аларды ким түзгөнү көрүнүп турат: сиздин ачкычыңызга ишенген каталог аларды {publisher} жиберген деп көрсөтөт (ачкычы: {fingerprint}).</translation>
    </message>
    <message>
        <source>Save as</source>
        <translation>Сактоо жолу</translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation>Карап &amp;чыгуу…</translation>
    </message>
    <message>
        <source>Choose where to save the bundle</source>
        <translation>Окуялар топтомун кайда сактоону тандаңыз</translation>
    </message>
    <message>
        <source>&amp;Title:</source>
        <translation>&amp;Аталышы:</translation>
    </message>
    <message>
        <source>&amp;Publisher:</source>
        <translation>Ба&amp;сып чыгаруучу:</translation>
    </message>
    <message>
        <source>&amp;Save as:</source>
        <translation>Сактоо &amp;жолу:</translation>
    </message>
    <message>
        <source>Export</source>
        <translation>Экспорттоо</translation>
    </message>
    <message>
        <source>There are no stories to put in a bundle: add some to the basket (Ctrl+B), fill a collection, or search for them first.</source>
        <translation>Окуялар топтомуна сала турган окуя жок: адегенде окуяларды себетке кошуңуз (Ctrl+B), жыйнакты толтуруңуз же аларды издеп табыңыз.</translation>
    </message>
    <message numerus="yes">
        <source>%n stories</source>
        <translation>
            <numerusform>%n окуя</numerusform>
            <numerusform>%n окуя</numerusform>
        </translation>
    </message>
    <message>
        <source>Save the Bundle As</source>
        <translation>Окуялар топтомун сактоо</translation>
    </message>
    <message>
        <source>Story bundles (*.storybundle)</source>
        <translation>Окуялар топтомдору (*.storybundle)</translation>
    </message>
    <message>
        <source>There are no stories to put in a bundle.</source>
        <translation>Окуялар топтомуна сала турган окуя жок.</translation>
    </message>
    <message>
        <source>Choose where to save the bundle.</source>
        <translation>Окуялар топтомун кайда сактоону тандаңыз.</translation>
    </message>
    <message>
        <source>{path} is a folder; add a file name.</source>
        <translation>{path} — папка; файлдын атын кошуңуз.</translation>
    </message>
    <message>
        <source>The folder {folder} does not exist.</source>
        <translation>{folder} папкасы жок.</translation>
    </message>
    <message>
        <source>Replace File?</source>
        <translation>Файлды алмаштырасызбы?</translation>
    </message>
    <message>
        <source>{file} already exists. Replace it?</source>
        <translation>{file} мурунтан эле бар. Аны алмаштырасызбы?</translation>
    </message>
</context>
<context>
    <name>BundleProgressDialog</name>
    <message>
        <source>Exporting a Bundle</source>
        <translation>Окуялар топтомун экспорттоо</translation>
    </message>
    <message>
        <source>Writing the bundle…</source>
        <translation>Окуялар топтому жазылууда…</translation>
    </message>
    <message>
        <source>Bundle progress</source>
        <translation>Окуялар топтомун экспорттоонун жүрүшү</translation>
    </message>
    <message>
        <source>Cancel the bundle</source>
        <translation>Окуялар топтомун жокко чыгаруу</translation>
    </message>
    <message>
        <source>Cancelling… no file will be written.</source>
        <translation>Жокко чыгарылууда… эч кандай файл жазылбайт.</translation>
    </message>
    <message>
        <source>Writing story {number} of {count}…</source>
        <translation>Окуя жазылууда ({number} / {count})…</translation>
    </message>
</context>
<context>
    <name>Bundles</name>
    <message>
        <source>has no bundle.json: nothing checks its files (read as unsigned)</source>
        <translation>bundle.json жок: анын файлдарын эч нерсе текшербейт (кол тамгасыз катары окулат)</translation>
    </message>
    <message>
        <source>bundle.json lists no files: nothing checks them (read as unsigned)</source>
        <translation>bundle.json тизмесинде бир да файл жок: файлдарды эч нерсе текшербейт (кол тамгасыз катары окулат)</translation>
    </message>
    <message>
        <source>bundle.json is not valid JSON ({error})</source>
        <translation>bundle.json туура JSON эмес ({error})</translation>
    </message>
    <message>
        <source>bundle.json is nested too deeply to be a manifest</source>
        <translation>bundle.json өтө терең кабаттуу, манифест боло албайт</translation>
    </message>
    <message>
        <source>bundle.json is not an object</source>
        <translation>bundle.json JSON объектиси эмес</translation>
    </message>
    <message>
        <source>bundle.json names format {format}</source>
        <translation>bundle.json ичинде башка формат көрсөтүлгөн: {format}</translation>
    </message>
    <message>
        <source>bundle format version {version} is newer than this StoryDesk reads ({known})</source>
        <translation>топтомдун форматынын {version} версиясы бул StoryDesk окуй алган версиядан ({known}) жаңыраак</translation>
    </message>
    <message>
        <source>bundle.json gives a malformed {key}</source>
        <translation>bundle.json ичиндеги {key} талаасы туура эмес</translation>
    </message>
    <message>
        <source>bundle.json &apos;files&apos; is not a list</source>
        <translation>bundle.json ичиндеги «files» талаасы тизме эмес</translation>
    </message>
    <message>
        <source>bundle.json lists a file without a path</source>
        <translation>bundle.json тизмесинде жолу көрсөтүлбөгөн файл бар</translation>
    </message>
    <message>
        <source>bundle.json lists &apos;{path}&apos;, which {reason}</source>
        <translation>bundle.json тизмесиндеги «{path}» жолу: {reason}</translation>
    </message>
    <message>
        <source>bundle.json gives a malformed checksum for &apos;{path}&apos;</source>
        <translation>bundle.json ичинде «{path}» үчүн туура эмес текшерүү суммасы берилген</translation>
    </message>
    <message>
        <source>bundle.json &apos;{key}&apos; is not a list</source>
        <translation>bundle.json ичиндеги «{key}» талаасы тизме эмес</translation>
    </message>
    <message>
        <source>bundle.json withdraws {count:,} stories, over the {limit:,} limit</source>
        <translation>bundle.json {count:,} окуяны кайтарып алат, бул {limit:,} чегинен ашат</translation>
    </message>
    <message>
        <source>bundle.json says it is signed, but bundle.sig is missing</source>
        <translation>bundle.json боюнча топтомго кол коюлган, бирок bundle.sig жок</translation>
    </message>
    <message>
        <source>bundle.sig is there, but bundle.json is missing</source>
        <translation>bundle.sig бар, бирок bundle.json жок</translation>
    </message>
    <message>
        <source>bundle.sig: {reason}</source>
        <translation>bundle.sig: {reason}</translation>
    </message>
    <message>
        <source>bundle.json&apos;s {key} is not the key that signed it ({fingerprint})</source>
        <translation>bundle.json ичиндеги {key} ага кол койгон ачкыч эмес ({fingerprint})</translation>
    </message>
    <message>
        <source>signed with a publisher key revoked here (fingerprint {fingerprint})</source>
        <translation>бул жерде кайтарылган басып чыгаруучунун ачкычы менен кол коюлган (манжа изи: {fingerprint})</translation>
    </message>
    <message>
        <source>{member}: {reason}; a signed bundle is taken whole or not at all</source>
        <translation>{member}: {reason}; кол коюлган окуялар топтому толугу менен кабыл алынат же такыр кабыл алынбайт</translation>
    </message>
    <message>
        <source>not listed in bundle.json</source>
        <translation>bundle.json тизмесинде жок</translation>
    </message>
    <message>
        <source>bundle.json lists itself or bundle.sig</source>
        <translation>bundle.json тизмесинде анын өзү же bundle.sig көрсөтүлгөн</translation>
    </message>
    <message>
        <source>listed in bundle.json but missing</source>
        <translation>bundle.json тизмесинде бар, бирок өзү жок</translation>
    </message>
    <message>
        <source>bundle.json gives no checksum or size for it</source>
        <translation>bundle.json ичинде ал үчүн текшерүү суммасы же көлөмү берилген эмес</translation>
    </message>
    <message>
        <source>is {size:,} bytes but bundle.json says {declared:,}</source>
        <translation>көлөмү {size:,} байт, бирок bundle.json боюнча {declared:,} байт</translation>
    </message>
    <message>
        <source>checksum does not match bundle.json</source>
        <translation>текшерүү суммасы bundle.json менен дал келбейт</translation>
    </message>
    <message>
        <source>{file} is not valid YAML</source>
        <translation>{file} туура YAML эмес</translation>
    </message>
    <message>
        <source>{file} is not a list of {what}</source>
        <translation>{file} — {what} тизмеси эмес</translation>
    </message>
    <message>
        <source>could not be read ({error})</source>
        <translation>окуу мүмкүн болгон жок ({error})</translation>
    </message>
    <message>
        <source>image &apos;{image}&apos; is missing</source>
        <translation>«{image}» сүрөтү жок</translation>
    </message>
    <message>
        <source>the bundle holds no stories</source>
        <translation>топтомдо бир да окуя жок</translation>
    </message>
    <message>
        <source>{path}: {reason}</source>
        <translation>{path}: {reason}</translation>
    </message>
    <message>
        <source>the bundle</source>
        <translation>окуялар топтомун түзүү</translation>
    </message>
    <message>
        <source>no stories to put in the bundle</source>
        <translation>топтомго сала турган окуя жок</translation>
    </message>
    <message>
        <source>{path}: cannot write the bundle ({error})</source>
        <translation>{path}: окуялар топтомун жазуу мүмкүн эмес ({error})</translation>
    </message>
    <message>
        <source>bundle.sig is too large to be a signature</source>
        <translation>bundle.sig өтө чоң, кол тамга боло албайт</translation>
    </message>
    <message>
        <source>bundle.sig is not a signature (not JSON)</source>
        <translation>bundle.sig кол тамга эмес (JSON эмес)</translation>
    </message>
    <message>
        <source>bundle.sig is not a StoryDesk signature</source>
        <translation>bundle.sig StoryDesk кол тамгасы эмес</translation>
    </message>
    <message>
        <source>bundle.sig uses a signature this StoryDesk does not know</source>
        <translation>bundle.sig бул StoryDesk тааныбаган кол тамга түрүн колдонот</translation>
    </message>
    <message>
        <source>bundle.sig was changed after signing</source>
        <translation>bundle.sig кол коюлгандан кийин өзгөртүлгөн</translation>
    </message>
    <message>
        <source>bundle.sig is malformed</source>
        <translation>bundle.sig туура эмес түзүлгөн</translation>
    </message>
    <message>
        <source>bundle.sig names a fingerprint that is not its key&apos;s</source>
        <translation>bundle.sig ичинде анын ачкычына таандык эмес манжа изи көрсөтүлгөн</translation>
    </message>
    <message>
        <source>the signature does not match bundle.json (the bundle was changed)</source>
        <translation>кол тамга bundle.json менен дал келбейт (окуялар топтому өзгөртүлгөн)</translation>
    </message>
    <message>
        <source>{path}: the bundle&apos;s manifest gives no creation time</source>
        <translation>{path}: окуялар топтомунун манифестинде түзүлгөн убакыты көрсөтүлгөн эмес</translation>
    </message>
</context>
<context>
    <name>CancellableProgressDialog</name>
    <message>
        <source>Cancel</source>
        <translation>Жокко чыгаруу</translation>
    </message>
    <message>
        <source>Cancelling…</source>
        <translation>Жокко чыгарылууда…</translation>
    </message>
</context>
<context>
    <name>Catalogue</name>
    <message>
        <source>{path}: the catalogue is at schema revision {revision}, which this StoryDesk does not know (made by a newer version?)</source>
        <translation>{path}: каталогдун схемасынын {revision} редакциясы бул StoryDesk үчүн белгисиз (жаңыраак версия менен түзүлгөнбү?)</translation>
    </message>
    <message>
        <source>a catalogue was created here</source>
        <translation>бул жерде каталог түзүлгөн</translation>
    </message>
    <message>
        <source>it holds images</source>
        <translation>анда сүрөттөр бар</translation>
    </message>
    <message>
        <source>it holds backups</source>
        <translation>анда камдык көчүрмөлөр бар</translation>
    </message>
    <message>
        <source>it holds a search index</source>
        <translation>анда издөө индекси бар</translation>
    </message>
    <message>
        <source>missing</source>
        <translation>жок</translation>
    </message>
    <message>
        <source>empty (0 bytes)</source>
        <translation>бош (0 байт)</translation>
    </message>
    <message>
        <source>{path}: the catalogue is {state}, but this data folder has been used ({signs}), so StoryDesk will not start a new, empty catalogue; {hint}</source>
        <translation>{path}: каталог {state}, бирок бул маалымат папкасы колдонулган ({signs}), ошондуктан StoryDesk жаңы, бош каталог баштабайт; {hint}</translation>
    </message>
    <message>
        <source>{path}: the catalogue is damaged ({detail}); {hint}</source>
        <translation>{path}: каталог бузулган ({detail}); {hint}</translation>
    </message>
    <message>
        <source>{path}: cannot open the catalogue ({error})</source>
        <translation>{path}: каталогду ачуу мүмкүн эмес ({error})</translation>
    </message>
    <message>
        <source>{path}: the catalogue needs upgrading, which waits for the StoryDesk that is writing to it; try again when it has finished</source>
        <translation>{path}: каталог жаңыртылышы керек, бул ага учурда жазып жаткан StoryDesk ишин бүтүргөнчө күтөт; ал аяктагандан кийин кайра аракет кылыңыз</translation>
    </message>
    <message>
        <source>{url}: not a database URL; give one like postgresql+psycopg://user@host/storydesk</source>
        <translation>{url}: маалымат базасынын URL дареги эмес; postgresql+psycopg://user@host/storydesk сыяктуу дарек көрсөтүңүз</translation>
    </message>
    <message>
        <source>{url}: a shared catalogue lives on PostgreSQL; give a URL like postgresql+psycopg://user@host/storydesk (a field laptop&apos;s catalogue is the SQLite file in its data folder and needs no URL)</source>
        <translation>{url}: жалпы каталог PostgreSQL серверинде сакталат; postgresql+psycopg://user@host/storydesk сыяктуу URL дарегин көрсөтүңүз (талаада иштеген ноутбуктун каталогу — анын маалымат папкасындагы SQLite файлы, ага URL керек эмес)</translation>
    </message>
    <message>
        <source>{url}: the PostgreSQL driver is not installed; install StoryDesk with its postgres extra (pip install &quot;storydesk[postgres]&quot;)</source>
        <translation>{url}: PostgreSQL драйвери орнотулган эмес; StoryDesk&apos;ти postgres кошумчасы менен орнотуңуз (pip install &quot;storydesk[postgres]&quot;)</translation>
    </message>
    <message>
        <source>{url}: cannot use the shared catalogue ({error})</source>
        <translation>{url}: жалпы каталогду колдонуу мүмкүн эмес ({error})</translation>
    </message>
    <message>
        <source>{path}: there is no catalogue in this read-only data folder</source>
        <translation>{path}: окуу үчүн гана жеткиликтүү бул маалымат папкасында каталог жок</translation>
    </message>
    <message>
        <source>{path}: the catalogue is at schema revision {revision} and needs upgrading, which needs a writable data folder</source>
        <translation>{path}: каталогдун схемасы {revision} редакциясында турат жана аны жаңыртуу керек, ал үчүн жазууга боло турган маалымат папкасы керек</translation>
    </message>
    <message>
        <source>Waiting for another StoryDesk to finish writing…</source>
        <translation>Башка StoryDesk жазууну аяктаганча күтүлүүдө…</translation>
    </message>
    <message>
        <source>importing</source>
        <translation>импорттоп жатат</translation>
    </message>
    <message>
        <source>updating the search index</source>
        <translation>издөө индексин жаңыртып жатат</translation>
    </message>
    <message>
        <source>deleting stories</source>
        <translation>окуяларды өчүрүп жатат</translation>
    </message>
    <message>
        <source>rebuilding the search index</source>
        <translation>издөө индексин кайра түзүп жатат</translation>
    </message>
    <message>
        <source>repairing the data folder</source>
        <translation>маалымат папкасын оңдоп жатат</translation>
    </message>
    <message>
        <source>restoring a backup</source>
        <translation>камдык көчүрмөнү калыбына келтирип жатат</translation>
    </message>
    <message>
        <source>opening the catalogue</source>
        <translation>каталогду ачып жатат</translation>
    </message>
    <message>
        <source>checking</source>
        <translation>текшерип жатат</translation>
    </message>
    <message>
        <source>writing</source>
        <translation>жазып жатат</translation>
    </message>
    <message>
        <source>writing to it</source>
        <translation>ага жазып жатат</translation>
    </message>
    <message>
        <source>the catalogue is busy: another StoryDesk is {doing}; try again when it has finished</source>
        <translation>каталог учурда колдонулууда: башка StoryDesk {doing}; ал аяктагандан кийин кайра аракет кылыңыз</translation>
    </message>
    <message>
        <source>{path}: another StoryDesk is {doing}; showing the catalogue as it stands (searches may miss its newest changes)</source>
        <translation>{path}: башка StoryDesk {doing}; каталог азыркы абалында көрсөтүлүүдө (издөөлөр анын эң акыркы өзгөрүүлөрүн эске албай калышы мүмкүн)</translation>
    </message>
    <message>
        <source>the partner directory could not be updated</source>
        <translation>өнөктөштөр маалымдамасын жаңыртуу мүмкүн болгон жок</translation>
    </message>
    <message>
        <source>the key figures could not be updated</source>
        <translation>негизги көрсөткүчтөрдү жаңыртуу мүмкүн болгон жок</translation>
    </message>
    <message>
        <source>the search index could not be brought up to date</source>
        <translation>издөө индексин жаңыртуу мүмкүн болгон жок</translation>
    </message>
    <message>
        <source>finding key figures again</source>
        <translation>негизги көрсөткүчтөрдү кайра аныктап жатат</translation>
    </message>
    <message>
        <source>{what} ({reason}); searches may miss recent changes until &apos;storydesk reindex&apos; succeeds</source>
        <translation>{what} ({reason}); «storydesk reindex» буйругу ийгиликтүү аткарылмайынча издөөлөр акыркы өзгөрүүлөрдү эске албай калышы мүмкүн</translation>
    </message>
    <message>
        <source>give two or more stories to link as translations</source>
        <translation>котормо катары байланыштыруу үчүн эки же андан көп окуяны көрсөтүңүз</translation>
    </message>
    <message>
        <source>&apos;{field}&apos; is not a field of a story that can be edited</source>
        <translation>«{field}» — окуянын түзөтүүгө боло турган талаасы эмес</translation>
    </message>
    <message>
        <source>{url}: other machines kept changing the same stories at the same time; nothing was changed here; try again</source>
        <translation>{url}: башка компьютерлер ошол эле окуяларды бир эле учурда өзгөртө беришти; бул жерде эч нерсе өзгөртүлгөн жок; кайра аракет кылыңыз</translation>
    </message>
    <message>
        <source>keep &apos;mine&apos; or &apos;theirs&apos;, not &apos;{keep}&apos;</source>
        <translation>«{keep}» эмес, «mine» же «theirs» маанисин көрсөтүңүз</translation>
    </message>
    <message>
        <source>the {field} of story {id} has no conflict to settle</source>
        <translation>{id} окуясынын {field} талаасында чече турган дал келбестик жок</translation>
    </message>
    <message>
        <source>{field}: {reason}</source>
        <translation>{field}: {reason}</translation>
    </message>
    <message>
        <source>a story needs a title</source>
        <translation>окуяга аталыш керек</translation>
    </message>
    <message>
        <source>expected text</source>
        <translation>текст күтүлгөн</translation>
    </message>
    <message>
        <source>&apos;{value}&apos; is not a date (YYYY-MM-DD, or &apos;none&apos; for undated)</source>
        <translation>«{value}» — дата эмес (ЖЖЖЖ-АА-КК же датасыз болсо «none»)</translation>
    </message>
    <message>
        <source>&apos;{value}&apos; is not a language code</source>
        <translation>«{value}» — тил коду эмес</translation>
    </message>
    <message>
        <source>expected a list of goals</source>
        <translation>максаттардын тизмеси күтүлгөн</translation>
    </message>
    <message>
        <source>&apos;{value}&apos; is not a goal (the goals are 1 to 17)</source>
        <translation>«{value}» — максат эмес (максаттар 1-ден 17-ге чейин)</translation>
    </message>
    <message>
        <source>expected a list of names</source>
        <translation>аттардын тизмеси күтүлгөн</translation>
    </message>
    <message>
        <source>no story has the id &apos;{id}&apos;</source>
        <translation>«{id}» идентификатору бар окуя жок</translation>
    </message>
    <message>
        <source>&apos;{source}&apos; and &apos;{target}&apos; are the same partner</source>
        <translation>«{source}» жана «{target}» — бир эле өнөктөш</translation>
    </message>
    <message>
        <source>&apos;{first}&apos; ({first_id}) and &apos;{second}&apos; ({second_id}) are both in the same language ({language}); only stories in different languages can be linked as translations</source>
        <translation>«{first}» ({first_id}) жана «{second}» ({second_id}) бир тилде ({language}); котормо катары ар башка тилдеги окуяларды гана байланыштырууга болот</translation>
    </message>
    <message>
        <source>&apos;{name}&apos; names more than one partner; give the full name</source>
        <translation>«{name}» — бир нече өнөктөштүн аталышы; толук аталышын көрсөтүңүз</translation>
    </message>
    <message>
        <source>no partner is named &apos;{name}&apos;</source>
        <translation>«{name}» деген өнөктөш жок</translation>
    </message>
    <message>
        <source>story {id} (&apos;{title}&apos;) was changed by someone else since it was opened here (on {machine}, {when} UTC); nothing was saved: reload the story to see that change</source>
        <translation>{id} окуясын («{title}») бул жерде ачылгандан бери башка бирөө өзгөрттү ({machine}, {when} UTC); эч нерсе сакталган жок: ал өзгөртүүнү көрүү үчүн окуяны кайра жүктөңүз</translation>
    </message>
    <message>
        <source>another computer</source>
        <translation>башка компьютер</translation>
    </message>
    <message>
        <source>story {id} (&apos;{title}&apos;) was changed by someone else since it was opened here; nothing was saved: reload the story to see that change</source>
        <translation>{id} окуясын («{title}») бул жерде ачылгандан бери башка бирөө өзгөрттү; эч нерсе сакталган жок: ал өзгөртүүнү көрүү үчүн окуяны кайра жүктөңүз</translation>
    </message>
</context>
<context>
    <name>ChipBar</name>
    <message>
        <source>Active filters</source>
        <translation>Колдонулган чыпкалар</translation>
    </message>
    <message>
        <source>Filters:</source>
        <translation>Чыпкалар:</translation>
    </message>
    <message>
        <source>{facet}: {value}</source>
        <translation>{facet}: {value}</translation>
    </message>
    <message>
        <source>Remove this filter</source>
        <translation>Бул чыпканы алып салуу</translation>
    </message>
    <message>
        <source>Remove filter {filter}</source>
        <translation>Чыпканы алып салуу: {filter}</translation>
    </message>
    <message>
        <source>Clear all</source>
        <translation>Баарын тазалоо</translation>
    </message>
    <message>
        <source>Remove every filter</source>
        <translation>Бардык чыпкаларды алып салуу</translation>
    </message>
    <message>
        <source>Clear all filters</source>
        <translation>Бардык чыпкаларды тазалоо</translation>
    </message>
</context>
<context>
    <name>CollectionActions</name>
    <message>
        <source>Sa&amp;ve Search…</source>
        <translation>&amp;Издөөнү сактоо…</translation>
    </message>
    <message>
        <source>Keep the current query and filters by name</source>
        <translation>Учурдагы издөө суроосун жана чыпкаларды ат менен сактоо</translation>
    </message>
    <message>
        <source>Add to &amp;Collection</source>
        <translation>Ж&amp;ыйнакка кошуу</translation>
    </message>
    <message>
        <source>&amp;Collections Panel</source>
        <translation>Жыйнактар &amp;панели</translation>
    </message>
    <message>
        <source>The collection could not be shown</source>
        <translation>Жыйнакты көрсөтүү мүмкүн болгон жок</translation>
    </message>
    <message numerus="yes">
        <source>Collection “{name}”: %n stories, in its order</source>
        <translation>
            <numerusform>«{name}» жыйнагы: %n окуя, жыйнактагы тартип менен</numerusform>
            <numerusform>«{name}» жыйнагы: %n окуя, жыйнактагы тартип менен</numerusform>
        </translation>
    </message>
    <message>
        <source>The saved search could not be opened</source>
        <translation>Сакталган издөөнү ачуу мүмкүн болгон жок</translation>
    </message>
    <message>
        <source>Saved search “{name}”</source>
        <translation>Сакталган издөө: «{name}»</translation>
    </message>
    <message>
        <source>StoryDesk</source>
        <translation>StoryDesk</translation>
    </message>
    <message numerus="yes">
        <source>Made the collection “{name}” with %n stories</source>
        <translation>
            <numerusform>«{name}» жыйнагы түзүлдү: %n окуя</numerusform>
            <numerusform>«{name}» жыйнагы түзүлдү: %n окуя</numerusform>
        </translation>
    </message>
    <message>
        <source>The collection was not made</source>
        <translation>Жыйнак түзүлгөн жок</translation>
    </message>
    <message numerus="yes">
        <source>Added %n stories to “{name}”</source>
        <translation>
            <numerusform>«{name}» жыйнагына %n окуя кошулду</numerusform>
            <numerusform>«{name}» жыйнагына %n окуя кошулду</numerusform>
        </translation>
    </message>
    <message>
        <source>The stories were not added to the collection</source>
        <translation>Окуялар жыйнакка кошулган жок</translation>
    </message>
    <message numerus="yes">
        <source>Removed %n stories from “{name}”</source>
        <translation>
            <numerusform>«{name}» жыйнагынан %n окуя алып салынды</numerusform>
            <numerusform>«{name}» жыйнагынан %n окуя алып салынды</numerusform>
        </translation>
    </message>
    <message>
        <source>The stories were not removed from the collection</source>
        <translation>Окуялар жыйнактан алып салынган жок</translation>
    </message>
    <message>
        <source>Renamed the collection “{old}” to “{new}”</source>
        <translation>«{old}» жыйнагынын аты «{new}» деп өзгөртүлдү</translation>
    </message>
    <message>
        <source>The collection was not renamed</source>
        <translation>Жыйнактын аты өзгөртүлгөн жок</translation>
    </message>
    <message>
        <source>Deleted the collection “{name}”</source>
        <translation>«{name}» жыйнагы өчүрүлдү</translation>
    </message>
    <message>
        <source>The collection was not deleted</source>
        <translation>Жыйнак өчүрүлгөн жок</translation>
    </message>
    <message>
        <source>Saved the search as “{name}”</source>
        <translation>Издөө «{name}» деген ат менен сакталды</translation>
    </message>
    <message>
        <source>The search was not saved</source>
        <translation>Издөө сакталган жок</translation>
    </message>
    <message>
        <source>Deleted the saved search “{name}”</source>
        <translation>«{name}» деген сакталган издөө өчүрүлдү</translation>
    </message>
    <message>
        <source>The saved search was not deleted</source>
        <translation>Сакталган издөө өчүрүлгөн жок</translation>
    </message>
    <message>
        <source>The collection “{name}” is empty; no bundle was written.</source>
        <translation>«{name}» жыйнагы бош; окуялар топтому жазылган жок.</translation>
    </message>
    <message numerus="yes">
        <source>Wrote the bundle {path} with %n stories</source>
        <translation>
            <numerusform>Окуялар топтому жазылды: {path} (%n окуя)</numerusform>
            <numerusform>Окуялар топтому жазылды: {path} (%n окуя)</numerusform>
        </translation>
    </message>
    <message>
        <source>Writing the bundle…</source>
        <translation>Окуялар топтому жазылууда…</translation>
    </message>
    <message>
        <source>The bundle was not written</source>
        <translation>Окуялар топтому жазылган жок</translation>
    </message>
    <message>
        <source>&amp;New Collection…</source>
        <translation>&amp;Жаңы жыйнак…</translation>
    </message>
    <message>
        <source>Select the stories to add first.</source>
        <translation>Адегенде кошула турган окуяларды тандаңыз.</translation>
    </message>
    <message>
        <source>New Collection</source>
        <translation>Жаңы жыйнак</translation>
    </message>
    <message numerus="yes">
        <source>Name of the new collection (%n stories):</source>
        <translation>
            <numerusform>Жаңы жыйнактын аты (%n окуя):</numerusform>
            <numerusform>Жаңы жыйнактын аты (%n окуя):</numerusform>
        </translation>
    </message>
    <message>
        <source>The basket is empty.</source>
        <translation>Себет бош.</translation>
    </message>
    <message>
        <source>Save Basket as Collection</source>
        <translation>Себетти жыйнак катары сактоо</translation>
    </message>
    <message numerus="yes">
        <source>Name of the collection (%n stories, in the basket&apos;s order):</source>
        <translation>
            <numerusform>Жыйнактын аты (%n окуя, себеттеги тартип менен):</numerusform>
            <numerusform>Жыйнактын аты (%n окуя, себеттеги тартип менен):</numerusform>
        </translation>
    </message>
    <message>
        <source>Type a query or choose a filter first, then save the search.</source>
        <translation>Адегенде издөө суроосун жазыңыз же чыпка тандаңыз, андан кийин издөөнү сактаңыз.</translation>
    </message>
    <message>
        <source>Save Search</source>
        <translation>Издөөнү сактоо</translation>
    </message>
    <message>
        <source>Name of the saved search:</source>
        <translation>Сакталган издөөнүн аты:</translation>
    </message>
    <message>
        <source>Replace the saved search “{name}”?</source>
        <translation>«{name}» деген сакталган издөөнү алмаштырасызбы?</translation>
    </message>
    <message>
        <source>It will search for the current query and filters instead.</source>
        <translation>Мындан ары ал учурдагы издөө суроосу жана чыпкалар боюнча издейт.</translation>
    </message>
    <message>
        <source>&amp;Replace</source>
        <translation>&amp;Алмаштыруу</translation>
    </message>
    <message>
        <source>Rename Collection</source>
        <translation>Жыйнактын атын өзгөртүү</translation>
    </message>
    <message>
        <source>New name for “{name}”:</source>
        <translation>«{name}» жыйнагынын жаңы аты:</translation>
    </message>
    <message>
        <source>Delete the collection “{name}”?</source>
        <translation>«{name}» жыйнагын өчүрөсүзбү?</translation>
    </message>
    <message numerus="yes">
        <source>Its %n stories stay in the catalogue.</source>
        <translation>
            <numerusform>Андагы %n окуя каталогдо калат.</numerusform>
            <numerusform>Андагы %n окуя каталогдо калат.</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Delete Collection</source>
        <translation>&amp;Жыйнакты өчүрүү</translation>
    </message>
    <message>
        <source>Delete the saved search “{name}”?</source>
        <translation>«{name}» деген сакталган издөөнү өчүрөсүзбү?</translation>
    </message>
    <message>
        <source>No story is deleted.</source>
        <translation>Бир да окуя өчүрүлбөйт.</translation>
    </message>
    <message>
        <source>&amp;Delete Saved Search</source>
        <translation>&amp;Сакталган издөөнү өчүрүү</translation>
    </message>
    <message>
        <source>The collection “{name}” is empty.</source>
        <translation>«{name}» жыйнагы бош.</translation>
    </message>
    <message>
        <source>A briefing pack is being made; wait for it to finish.</source>
        <translation>Брифинг-пакет түзүлүүдө; аяктаганын күтө туруңуз.</translation>
    </message>
    <message>
        <source>Create Bundle of “{name}”</source>
        <translation>«{name}» жыйнагынан окуялар топтомун түзүү</translation>
    </message>
    <message>
        <source>Story bundles (*.storybundle)</source>
        <translation>Окуялар топтомдору (*.storybundle)</translation>
    </message>
    <message>
        <source>&amp;Show Stories</source>
        <translation>Окуяларды &amp;көрсөтүү</translation>
    </message>
    <message>
        <source>&amp;Rename…</source>
        <translation>&amp;Атын өзгөртүү…</translation>
    </message>
    <message>
        <source>&amp;Delete…</source>
        <translation>Ө&amp;чүрүү…</translation>
    </message>
    <message>
        <source>&amp;Export Pack…</source>
        <translation>Пакетти &amp;экспорттоо…</translation>
    </message>
    <message>
        <source>Export &amp;Bundle…</source>
        <translation>Окуялар &amp;топтомун экспорттоо…</translation>
    </message>
    <message>
        <source>Re&amp;move Selected Stories</source>
        <translation>Тандалган окуяларды алып &amp;салуу</translation>
    </message>
    <message>
        <source>&amp;Search Again</source>
        <translation>&amp;Кайра издөө</translation>
    </message>
</context>
<context>
    <name>Collections</name>
    <message>
        <source>a collection needs a name</source>
        <translation>жыйнакка ат керек</translation>
    </message>
    <message>
        <source>a saved search needs a name</source>
        <translation>сакталган издөөгө ат керек</translation>
    </message>
    <message>
        <source>the name &apos;{name}…&apos; is too long: at most {limit} characters</source>
        <translation>«{name}…» аты өтө узун: эң көп дегенде {limit} белги</translation>
    </message>
    <message>
        <source>there is no collection named &apos;{name}&apos;</source>
        <translation>«{name}» деген жыйнак жок</translation>
    </message>
    <message>
        <source>a collection named &apos;{name}&apos; already exists; choose another name</source>
        <translation>«{name}» деген жыйнак мурунтан эле бар; башка ат тандаңыз</translation>
    </message>
    <message>
        <source>&apos;{facet}&apos; is not a search filter; the filters are {names}</source>
        <translation>«{facet}» — издөө чыпкасы эмес; чыпкалар: {names}</translation>
    </message>
    <message>
        <source>there is no saved search named &apos;{name}&apos;</source>
        <translation>«{name}» деген сакталган издөө жок</translation>
    </message>
    <message>
        <source>a saved search named &apos;{name}&apos; already exists; choose another name or replace it</source>
        <translation>«{name}» деген сакталган издөө мурунтан эле бар; башка ат тандаңыз же аны алмаштырыңыз</translation>
    </message>
</context>
<context>
    <name>CollectionsPanel</name>
    <message>
        <source>Collections</source>
        <translation>Жыйнактар</translation>
    </message>
    <message>
        <source>Collections and saved searches</source>
        <translation>Жыйнактар жана сакталган издөөлөр</translation>
    </message>
    <message>
        <source>Saved Searches</source>
        <translation>Сакталган издөөлөр</translation>
    </message>
    <message>
        <source>Save Search…</source>
        <translation>Издөөнү сактоо…</translation>
    </message>
    <message>
        <source>Keep the current query and filters</source>
        <translation>Учурдагы издөө суроосун жана чыпкаларды сактоо</translation>
    </message>
    <message numerus="yes">
        <source>%n stories; click to show them</source>
        <translation>
            <numerusform>%n окуя; аларды көрсөтүү үчүн басыңыз</numerusform>
            <numerusform>%n окуя; аларды көрсөтүү үчүн басыңыз</numerusform>
        </translation>
    </message>
    <message>
        <source>None yet: save the basket as one</source>
        <translation>Азырынча жок: себетти жыйнак катары сактаңыз</translation>
    </message>
    <message>
        <source>(all stories)</source>
        <translation>(бардык окуялар)</translation>
    </message>
    <message>
        <source>None yet: use Save Search…</source>
        <translation>Азырынча жок: «Издөөнү сактоо…» аркылуу сактаңыз</translation>
    </message>
</context>
<context>
    <name>ConflictList</name>
    <message numerus="yes">
        <source>%Ln fields edited here were also changed in the source. The catalogue kept your edits; keep them, or take the imported values.</source>
        <translation>
            <numerusform>Бул жерде түзөтүлгөн %Ln талаа булакта да өзгөртүлгөн. Каталог сиздин түзөтүүлөрүңүздү сактап калды; аларды калтырыңыз же импорттолгон маанилерди алыңыз.</numerusform>
            <numerusform>Бул жерде түзөтүлгөн %Ln талаа булакта да өзгөртүлгөн. Каталог сиздин түзөтүүлөрүңүздү сактап калды; аларды калтырыңыз же импорттолгон маанилерди алыңыз.</numerusform>
        </translation>
    </message>
    <message>
        <source>Fields edited here and changed in the source</source>
        <translation>Бул жерде түзөтүлгөн жана булакта өзгөртүлгөн талаалар</translation>
    </message>
    <message>
        <source>Story</source>
        <translation>Окуя</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>Талаа</translation>
    </message>
    <message>
        <source>Yours</source>
        <translation>Сиздики</translation>
    </message>
    <message>
        <source>Theirs</source>
        <translation>Файлдагы</translation>
    </message>
    <message>
        <source>Keep All Mine</source>
        <translation>Баарында меникин калтыруу</translation>
    </message>
    <message>
        <source>Take All Theirs</source>
        <translation>Баарында файлдагыны алуу</translation>
    </message>
    <message>
        <source>Keep Mine</source>
        <translation>Меникин калтыруу</translation>
    </message>
    <message>
        <source>Keep the value edited here</source>
        <translation>Бул жерде түзөтүлгөн маанини калтыруу</translation>
    </message>
    <message>
        <source>Take Theirs</source>
        <translation>Файлдагыны алуу</translation>
    </message>
    <message>
        <source>Replace your edit with the imported value</source>
        <translation>Түзөтүүңүздү импорттолгон маани менен алмаштыруу</translation>
    </message>
    <message>
        <source>Saving…</source>
        <translation>Сакталууда…</translation>
    </message>
    <message>
        <source>Kept yours</source>
        <translation>Сиздин маани калтырылды</translation>
    </message>
    <message>
        <source>Took theirs</source>
        <translation>Файлдагы маани алынды</translation>
    </message>
    <message>
        <source>Not settled: {reason}</source>
        <translation>Чечилген жок: {reason}</translation>
    </message>
</context>
<context>
    <name>ConflictsDialog</name>
    <message>
        <source>Import Conflicts</source>
        <translation>Импорттогу дал келбестиктер</translation>
    </message>
    <message>
        <source>Reading the conflicts…</source>
        <translation>Дал келбестиктер окулууда…</translation>
    </message>
    <message>
        <source>No conflicts: every field edited here agrees with its source.</source>
        <translation>Дал келбестиктер жок: бул жерде түзөтүлгөн ар бир талаа өз булагы менен дал келет.</translation>
    </message>
    <message>
        <source>The conflicts could not be read. {reason}</source>
        <translation>Дал келбестиктерди окуу мүмкүн болгон жок. {reason}</translation>
    </message>
</context>
<context>
    <name>DateRangeBox</name>
    <message>
        <source>Date range</source>
        <translation>Даталар аралыгы</translation>
    </message>
    <message>
        <source>Stories dated on or after this day</source>
        <translation>Датасы ушул күндөн эрте эмес окуялар</translation>
    </message>
    <message>
        <source>Stories dated up to this day</source>
        <translation>Датасы ушул күндөн кеч эмес окуялар</translation>
    </message>
    <message>
        <source>From date</source>
        <translation>Баштапкы дата</translation>
    </message>
    <message>
        <source>To date</source>
        <translation>Акыркы дата</translation>
    </message>
    <message>
        <source>Any date</source>
        <translation>Каалаган дата</translation>
    </message>
    <message>
        <source>Clear the date range</source>
        <translation>Даталар аралыгын тазалоо</translation>
    </message>
    <message>
        <source>&amp;From:</source>
        <translation>&amp;Башы:</translation>
    </message>
    <message>
        <source>&amp;To:</source>
        <translation>&amp;Аягы:</translation>
    </message>
    <message>
        <source>any</source>
        <translation>каалаган</translation>
    </message>
</context>
<context>
    <name>DeleteCommand</name>
    <message>
        <source>The deleted stories could not be put back</source>
        <translation>Өчүрүлгөн окуяларды кайтаруу мүмкүн болгон жок</translation>
    </message>
    <message>
        <source>The stories could not be deleted</source>
        <translation>Окуяларды өчүрүү мүмкүн болгон жок</translation>
    </message>
</context>
<context>
    <name>DeleteController</name>
    <message>
        <source>Delete of ‘{title}’</source>
        <translation>«{title}» окуясын өчүрүү</translation>
    </message>
    <message numerus="yes">
        <source>Delete of %Ln stories</source>
        <translation>
            <numerusform>%Ln окуяны өчүрүү</numerusform>
            <numerusform>%Ln окуяны өчүрүү</numerusform>
        </translation>
    </message>
    <message>
        <source>Delete Stories</source>
        <translation>Окуяларды өчүрүү</translation>
    </message>
    <message numerus="yes">
        <source>Delete %Ln stories?</source>
        <translation>
            <numerusform>%Ln окуяны өчүрөсүзбү?</numerusform>
            <numerusform>%Ln окуяны өчүрөсүзбү?</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>and %Ln more</source>
        <translation>
            <numerusform>жана дагы %Ln</numerusform>
            <numerusform>жана дагы %Ln</numerusform>
        </translation>
    </message>
    <message>
        <source>Edit › Undo (Ctrl+Z) brings them back until you close StoryDesk.</source>
        <translation>StoryDesk жабылганга чейин аларды Түзөтүү › Артка кайтаруу (Ctrl+Z) менен кайтарып алсаңыз болот.</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Өчүрүү</translation>
    </message>
    <message>
        <source>The stories could not be deleted</source>
        <translation>Окуяларды өчүрүү мүмкүн болгон жок</translation>
    </message>
</context>
<context>
    <name>Directory</name>
    <message>
        <source>UN agency</source>
        <translation>БУУ агенттиги</translation>
    </message>
    <message>
        <source>NGO</source>
        <translation>Бейөкмөт уюм</translation>
    </message>
    <message>
        <source>Intergovernmental</source>
        <translation>Өкмөттөр аралык уюм</translation>
    </message>
    <message>
        <source>Government</source>
        <translation>Өкмөт</translation>
    </message>
    <message>
        <source>Ministry</source>
        <translation>Министрлик</translation>
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
        <translation>Каржы мекемеси</translation>
    </message>
    <message>
        <source>Media</source>
        <translation>ЖМК</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>Өлкө</translation>
    </message>
    <message>
        <source>Region</source>
        <translation>Облус</translation>
    </message>
    <message>
        <source>District</source>
        <translation>Район</translation>
    </message>
    <message>
        <source>City</source>
        <translation>Шаар</translation>
    </message>
    <message>
        <source>Town</source>
        <translation>Шаарча</translation>
    </message>
    <message>
        <source>Village</source>
        <translation>Айыл</translation>
    </message>
    <message>
        <source>Lake</source>
        <translation>Көл</translation>
    </message>
    <message>
        <source>River</source>
        <translation>Дарыя</translation>
    </message>
    <message>
        <source>Mountain</source>
        <translation>Тоо</translation>
    </message>
</context>
<context>
    <name>DirectoryDialog</name>
    <message>
        <source>Partners and Places</source>
        <translation>Өнөктөштөр жана жерлер</translation>
    </message>
    <message>
        <source>Partner</source>
        <translation>Өнөктөш</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Түрү</translation>
    </message>
    <message>
        <source>Stories</source>
        <translation>Окуялар</translation>
    </message>
    <message>
        <source>Also known as</source>
        <translation>Башка аттары</translation>
    </message>
    <message>
        <source>Place</source>
        <translation>Жер</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>Өлкө</translation>
    </message>
    <message>
        <source>&amp;Partners</source>
        <translation>&amp;Өнөктөштөр</translation>
    </message>
    <message>
        <source>P&amp;laces</source>
        <translation>&amp;Жерлер</translation>
    </message>
    <message numerus="yes">
        <source>Merged “{source}” into “{target}”: %Ln stories relinked.</source>
        <translation>
            <numerusform>«{source}» «{target}» менен бириктирилди: %Ln окуя кайра байланыштырылды.</numerusform>
            <numerusform>«{source}» «{target}» менен бириктирилди: %Ln окуя кайра байланыштырылды.</numerusform>
        </translation>
    </message>
    <message>
        <source>The partners were not merged. {reason}</source>
        <translation>Өнөктөштөр бириктирилген жок. {reason}</translation>
    </message>
</context>
<context>
    <name>DirectoryPage</name>
    <message>
        <source>Filter by name or alias…</source>
        <translation>Аты же башка аты боюнча чыпкалоо…</translation>
    </message>
    <message>
        <source>Filter the list</source>
        <translation>Тизмени чыпкалоо</translation>
    </message>
    <message>
        <source>Choose an entry to see its stories.</source>
        <translation>Окуяларын көрүү үчүн жазууну тандаңыз.</translation>
    </message>
    <message>
        <source>Stories of the chosen entry</source>
        <translation>Тандалган жазуунун окуялары</translation>
    </message>
    <message>
        <source>Show in Results</source>
        <translation>Натыйжаларда көрсөтүү</translation>
    </message>
    <message>
        <source>Merge into…</source>
        <translation>Башкасы менен бириктирүү…</translation>
    </message>
    <message>
        <source>Merge this partner into another entry of the same organisation</source>
        <translation>Бул өнөктөштү ошол эле уюмдун башка жазуусу менен бириктирүү</translation>
    </message>
    <message>
        <source>Stories naming {name}:</source>
        <translation>{name} аталган окуялар:</translation>
    </message>
    <message numerus="yes">
        <source>%Ln stories naming {name}:</source>
        <translation>
            <numerusform>{name} аталган %Ln окуя:</numerusform>
            <numerusform>{name} аталган %Ln окуя:</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>EditCommand</name>
    <message>
        <source>Edit of ‘{title}’</source>
        <translation>«{title}» окуясын түзөтүү</translation>
    </message>
    <message>
        <source>The edit could not be undone</source>
        <translation>Түзөтүүнү артка кайтаруу мүмкүн болгон жок</translation>
    </message>
    <message>
        <source>The edit could not be made again</source>
        <translation>Түзөтүүнү кайталоо мүмкүн болгон жок</translation>
    </message>
</context>
<context>
    <name>EditStory</name>
    <message>
        <source>Add as a New Partner</source>
        <translation>Жаңы өнөктөш катары кошуу</translation>
    </message>
    <message>
        <source>Add as a New Place</source>
        <translation>Жаңы жер катары кошуу</translation>
    </message>
    <message>
        <source>Add as a New Country</source>
        <translation>Жаңы өлкө катары кошуу</translation>
    </message>
    <message>
        <source>Add a partner: any name or alias…</source>
        <translation>Өнөктөш кошуу: каалаган аты же башка аты…</translation>
    </message>
    <message>
        <source>Add a place: any name or alias…</source>
        <translation>Жер кошуу: каалаган аты же башка аты…</translation>
    </message>
    <message>
        <source>Add a country…</source>
        <translation>Өлкө кошуу…</translation>
    </message>
    <message>
        <source>Add a tag…</source>
        <translation>Тег кошуу…</translation>
    </message>
</context>
<context>
    <name>Errors</name>
    <message>
        <source>A file could not be read or written</source>
        <translation>Файлды окуу же жазуу мүмкүн болгон жок</translation>
    </message>
    <message>
        <source>Something went wrong inside StoryDesk; the details are in the log file.</source>
        <translation>StoryDesk ичинде ката кетти; чоо-жайы журнал файлында.</translation>
    </message>
    <message>
        <source>StoryDesk</source>
        <translation>StoryDesk</translation>
    </message>
    <message>
        <source>Error message</source>
        <translation>Ката жөнүндө билдирүү</translation>
    </message>
    <message>
        <source>the work</source>
        <translation>иш</translation>
    </message>
    <message>
        <source>{work} was cancelled</source>
        <translation>{work} жокко чыгарылды</translation>
    </message>
</context>
<context>
    <name>ExportedNotice</name>
    <message>
        <source>Show in Folder</source>
        <translation>Папкада көрсөтүү</translation>
    </message>
    <message>
        <source>Show the exported pack in its folder</source>
        <translation>Экспорттолгон пакетти папкасында көрсөтүү</translation>
    </message>
    <message>
        <source>Dismiss</source>
        <translation>Жабуу</translation>
    </message>
    <message>
        <source>Dismiss the export message</source>
        <translation>Экспорт жөнүндө билдирүүнү жабуу</translation>
    </message>
    <message numerus="yes">
        <source>%Ln stories</source>
        <translation>
            <numerusform>%Ln окуя</numerusform>
            <numerusform>%Ln окуя</numerusform>
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
        <translation>Брифинг-пакет сакталды: {path} ({counts})</translation>
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
        <translation>Чыпкалар</translation>
    </message>
    <message numerus="yes">
        <source>Show all (%Ln more)…</source>
        <translation>
            <numerusform>Баарын көрсөтүү (дагы %Ln)…</numerusform>
            <numerusform>Баарын көрсөтүү (дагы %Ln)…</numerusform>
        </translation>
    </message>
    <message>
        <source>Choose among every {facet} value in a list you can filter</source>
        <translation>{facet} боюнча бардык маанилердин ичинен тарытууга боло турган тизмеден тандоо</translation>
    </message>
    <message>
        <source>{value}  ({count})</source>
        <translation>{value}  ({count})</translation>
    </message>
    <message>
        <source>{value}: chosen. Click to remove this filter.</source>
        <translation>{value}: тандалган. Бул чыпканы алып салуу үчүн басыңыз.</translation>
    </message>
    <message numerus="yes">
        <source>{value}, chosen, %Ln stories</source>
        <translation>
            <numerusform>{value}, тандалган, %Ln окуя</numerusform>
            <numerusform>{value}, тандалган, %Ln окуя</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>{value}: %Ln stories. Click to add it to the filter.</source>
        <translation>
            <numerusform>{value}: %Ln окуя. Чыпкага кошуу үчүн басыңыз.</numerusform>
            <numerusform>{value}: %Ln окуя. Чыпкага кошуу үчүн басыңыз.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>{value}, %Ln stories</source>
        <translation>
            <numerusform>{value}, %Ln окуя</numerusform>
            <numerusform>{value}, %Ln окуя</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>FacetValuesDialog</name>
    <message>
        <source>Filter by {facet}</source>
        <translation>{facet} боюнча чыпкалоо</translation>
    </message>
    <message>
        <source>{value}  ({count})</source>
        <translation>{value}  ({count})</translation>
    </message>
    <message>
        <source>Type to narrow the list</source>
        <translation>Тизмени тарытуу үчүн териңиз</translation>
    </message>
    <message>
        <source>Narrow the {facet} list</source>
        <translation>{facet} тизмесин тарытуу</translation>
    </message>
    <message>
        <source>Every {facet} value</source>
        <translation>{facet} боюнча бардык маанилер</translation>
    </message>
    <message>
        <source>Untick All</source>
        <translation>Бардык белгилерди алып салуу</translation>
    </message>
    <message numerus="yes">
        <source>%Ln values listed</source>
        <translation>
            <numerusform>Тизмеде %Ln маани</numerusform>
            <numerusform>Тизмеде %Ln маани</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln chosen</source>
        <translation>
            <numerusform>%Ln тандалган</numerusform>
            <numerusform>%Ln тандалган</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Facets</name>
    <message>
        <source>Country</source>
        <translation>Өлкө</translation>
    </message>
    <message>
        <source>Place</source>
        <translation>Жер</translation>
    </message>
    <message>
        <source>Partner</source>
        <translation>Өнөктөш</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Тил</translation>
    </message>
    <message>
        <source>Year</source>
        <translation>Жыл</translation>
    </message>
    <message>
        <source>SDG</source>
        <translation>ТӨМ</translation>
    </message>
    <message>
        <source>Tag</source>
        <translation>Тег</translation>
    </message>
    <message>
        <source>Dates</source>
        <translation>Даталар</translation>
    </message>
    <message>
        <source>{language} ({code})</source>
        <translation>{language} ({code})</translation>
    </message>
    <message>
        <source>Undated</source>
        <translation>Датасыз</translation>
    </message>
    <message>
        <source>{start} – {end}</source>
        <translation>{start} – {end}</translation>
    </message>
    <message>
        <source>from {start}</source>
        <translation>{start} күнүнөн баштап</translation>
    </message>
    <message>
        <source>until {end}</source>
        <translation>{end} күнүнө чейин</translation>
    </message>
    <message>
        <source>Goal {number}</source>
        <translation>{number}-максат</translation>
    </message>
</context>
<context>
    <name>FirstRunPanel</name>
    <message>
        <source>&lt;h2&gt;Welcome to StoryDesk&lt;/h2&gt;</source>
        <translation>&lt;h2&gt;StoryDesk программасына кош келиңиз&lt;/h2&gt;</translation>
    </message>
    <message>
        <source>The catalogue is empty. Import story bundles, folders or files (or drop them on this window), or start with the sample stories that come with StoryDesk.</source>
        <translation>Каталог бош. Окуялар топтомдорун, папкаларды же файлдарды импорттоңуз (же аларды ушул терезеге сүйрөп таштаңыз), же StoryDesk менен кошо келген үлгү окуялардан баштаңыз.</translation>
    </message>
    <message>
        <source>Import the Sample Stories</source>
        <translation>Үлгү окуяларды импорттоо</translation>
    </message>
    <message>
        <source>Import the sample stories</source>
        <translation>Үлгү окуяларды импорттоо</translation>
    </message>
    <message>
        <source>Import Files…</source>
        <translation>Файлдарды импорттоо…</translation>
    </message>
    <message>
        <source>This installation has no sample bundle.</source>
        <translation>Бул орнотууда үлгү окуялар топтому жок.</translation>
    </message>
</context>
<context>
    <name>GuideWindow</name>
    <message>
        <source>StoryDesk User&apos;s Guide</source>
        <translation>StoryDesk — колдонуучунун колдонмосу</translation>
    </message>
    <message>
        <source>Contents</source>
        <translation>Мазмуну</translation>
    </message>
    <message>
        <source>Guide page</source>
        <translation>Колдонмонун бети</translation>
    </message>
    <message>
        <source>Navigation</source>
        <translation>Навигация</translation>
    </message>
    <message>
        <source>Back</source>
        <translation>Артка</translation>
    </message>
    <message>
        <source>Forward</source>
        <translation>Алдыга</translation>
    </message>
    <message>
        <source>Find in page</source>
        <translation>Беттен издөө</translation>
    </message>
    <message>
        <source>Find</source>
        <translation>Издөө</translation>
    </message>
    <message>
        <source>Find Next</source>
        <translation>Кийинкисин табуу</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Жабуу</translation>
    </message>
    <message>
        <source>The user&apos;s guide is not installed.</source>
        <translation>Колдонуучунун колдонмосу орнотулган эмес.</translation>
    </message>
    <message>
        <source>This guide has no page “{name}”.</source>
        <translation>Бул колдонмодо «{name}» деген бет жок.</translation>
    </message>
    <message>
        <source>This page of the guide could not be read.</source>
        <translation>Колдонмонун бул бетин окуу мүмкүн болгон жок.</translation>
    </message>
    <message>
        <source>Links outside the guide are not opened: {address}</source>
        <translation>Колдонмодон тышкаркы шилтемелер ачылбайт: {address}</translation>
    </message>
    <message>
        <source>Not a page of this guide: {address}</source>
        <translation>Бул колдонмонун бети эмес: {address}</translation>
    </message>
    <message>
        <source>“{text}” is not on this page.</source>
        <translation>Бул бетте «{text}» жок.</translation>
    </message>
</context>
<context>
    <name>HistoryDialog</name>
    <message>
        <source>History of ‘{title}’</source>
        <translation>Өзгөртүүлөрдүн тарыхы — «{title}»</translation>
    </message>
    <message>
        <source>Reading the history…</source>
        <translation>Өзгөртүүлөрдүн тарыхы окулууда…</translation>
    </message>
    <message>
        <source>Changes to this story</source>
        <translation>Бул окуядагы өзгөртүүлөр</translation>
    </message>
    <message>
        <source>This story has not been changed here.</source>
        <translation>Бул окуя бул жерде өзгөртүлгөн эмес.</translation>
    </message>
    <message numerus="yes">
        <source>%Ln changes, newest first</source>
        <translation>
            <numerusform>%Ln өзгөртүү, адегенде жаңылары</numerusform>
            <numerusform>%Ln өзгөртүү, адегенде жаңылары</numerusform>
        </translation>
    </message>
    <message>
        <source>The history could not be read. {reason}</source>
        <translation>Өзгөртүүлөрдүн тарыхын окуу мүмкүн болгон жок. {reason}</translation>
    </message>
</context>
<context>
    <name>ImageViewer</name>
    <message>
        <source>Image</source>
        <translation>Сүрөт</translation>
    </message>
    <message>
        <source>◀ Previous</source>
        <translation>◀ Мурунку</translation>
    </message>
    <message>
        <source>Next ▶</source>
        <translation>Кийинки ▶</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Жабуу</translation>
    </message>
    <message>
        <source>Photo: {credit}</source>
        <translation>Сүрөт: {credit}</translation>
    </message>
    <message>
        <source>{number} of {count}</source>
        <translation>{number} / {count}</translation>
    </message>
    <message>
        <source>This image is not available.</source>
        <translation>Бул сүрөт жеткиликтүү эмес.</translation>
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
        <translation>атында NUL белгиси бар</translation>
    </message>
    <message>
        <source>is an absolute path</source>
        <translation>абсолюттук жол</translation>
    </message>
    <message>
        <source>escapes the bundle with &apos;..&apos;</source>
        <translation>«..» аркылуу топтомдон сыртка чыгат</translation>
    </message>
    <message>
        <source>a named pipe (FIFO)</source>
        <translation>аталган канал (FIFO)</translation>
    </message>
    <message>
        <source>a socket</source>
        <translation>сокет</translation>
    </message>
    <message>
        <source>a device</source>
        <translation>түзмөк</translation>
    </message>
    <message>
        <source>a special file</source>
        <translation>атайын файл</translation>
    </message>
    <message>
        <source>is {kind}, not a regular file; it was not read</source>
        <translation>{kind}, кадимки файл эмес; окулган жок</translation>
    </message>
    <message>
        <source>cannot be read ({error})</source>
        <translation>окуу мүмкүн эмес ({error})</translation>
    </message>
    <message>
        <source>a file of an unknown kind</source>
        <translation>белгисиз түрдөгү файл</translation>
    </message>
    <message>
        <source>is a link; links are not followed</source>
        <translation>шилтеме; шилтемелер боюнча өтүлбөйт</translation>
    </message>
    <message>
        <source>the file is {size:,} bytes, over the {limit:,} limit</source>
        <translation>файлдын көлөмү {size:,} байт, бул {limit:,} байт чегинен ашат</translation>
    </message>
    <message>
        <source>the path leaves the folder</source>
        <translation>жол папкадан сыртка чыгат</translation>
    </message>
    <message>
        <source>not a readable ZIP archive</source>
        <translation>окула турган ZIP архиви эмес</translation>
    </message>
    <message>
        <source>its list of files is {size:,} bytes, over the {limit:,} limit (too many files)</source>
        <translation>анын файлдар тизмеси {size:,} байт, бул {limit:,} байт чегинен ашат (файлдар өтө көп)</translation>
    </message>
    <message>
        <source>entry &apos;{name}&apos; {reason}</source>
        <translation>архивдеги «{name}» элементи: {reason}</translation>
    </message>
    <message>
        <source>entry &apos;{name}&apos; is a link</source>
        <translation>архивдеги «{name}» элементи — шилтеме</translation>
    </message>
    <message>
        <source>entry &apos;{name}&apos; is {kind}</source>
        <translation>архивдеги «{name}» элементи — {kind}</translation>
    </message>
    <message>
        <source>entry &apos;{name}&apos; is encrypted</source>
        <translation>архивдеги «{name}» элементи шифрленген</translation>
    </message>
    <message>
        <source>entry &apos;{name}&apos; unpacks to {size:,} bytes, over the {limit:,} limit</source>
        <translation>архивдеги «{name}» элементи ачылганда {size:,} байт болот, бул {limit:,} байт чегинен ашат</translation>
    </message>
    <message>
        <source>entry &apos;{name}&apos; is a compression bomb ({packed:,} bytes unpack to {size:,}, over {ratio}:1)</source>
        <translation>архивдеги «{name}» элементи — кысуу бомбасы ({packed:,} байт ачылганда {size:,} байт болот, бул {ratio}:1 катышынан ашат)</translation>
    </message>
    <message>
        <source>entry &apos;{name}&apos; appears twice</source>
        <translation>архивдеги «{name}» элементи эки жолу кездешет</translation>
    </message>
    <message>
        <source>entries &apos;{first}&apos; and &apos;{second}&apos; differ only in letter case or Unicode form; which one is meant is ambiguous</source>
        <translation>архивдеги «{first}» жана «{second}» элементтери тамгалардын регистри же Unicode формасы боюнча гана айырмаланат; кайсынысы керек экени түшүнүксүз</translation>
    </message>
    <message>
        <source>unpacks to {size:,} bytes, over the {limit:,} limit</source>
        <translation>ачылганда {size:,} байт болот, бул {limit:,} байт чегинен ашат</translation>
    </message>
    <message>
        <source>is a compression bomb ({packed:,} bytes unpack to {size:,}, over {ratio}:1)</source>
        <translation>кысуу бомбасы ({packed:,} байт ачылганда {size:,} байт болот, бул {ratio}:1 катышынан ашат)</translation>
    </message>
    <message>
        <source>entries &apos;{first}&apos; and &apos;{second}&apos; overlap in the archive (a compression bomb)</source>
        <translation>архивдеги «{first}» жана «{second}» элементтери бири-бирине кабатталат (кысуу бомбасы)</translation>
    </message>
    <message>
        <source>is not in the bundle</source>
        <translation>топтомдо жок</translation>
    </message>
    <message>
        <source>is {size:,} bytes, over the {limit:,} limit</source>
        <translation>көлөмү {size:,} байт, бул {limit:,} байт чегинен ашат</translation>
    </message>
    <message>
        <source>unpacks to more than it declares</source>
        <translation>ачылганда көрсөтүлгөн көлөмдөн чоң болот</translation>
    </message>
    <message>
        <source>uses a compression method StoryDesk cannot read ({error})</source>
        <translation>StoryDesk окуй албаган кысуу ыкмасын колдонот ({error})</translation>
    </message>
    <message>
        <source>is damaged in the archive ({error})</source>
        <translation>архивде бузулган ({error})</translation>
    </message>
    <message>
        <source>is damaged in the archive (unpacks to {size:,} bytes, not {declared:,})</source>
        <translation>архивде бузулган (ачылганда {declared:,} эмес, {size:,} байт болот)</translation>
    </message>
    <message>
        <source>holds {count:,} files, over the {limit:,} limit</source>
        <translation>ичинде {count:,} файл бар, бул {limit:,} чегинен ашат</translation>
    </message>
    <message>
        <source>the compressed data are corrupt: {error}</source>
        <translation>кысылган маалымат бузулган: {error}</translation>
    </message>
    <message>
        <source>the spreadsheet is empty</source>
        <translation>таблица бош</translation>
    </message>
    <message>
        <source>no column holds the story text (expected e.g. &apos;text&apos; or &apos;title&apos;)</source>
        <translation>окуянын текстин камтыган тилке жок (мисалы, «text» же «title» тилкеси күтүлгөн)</translation>
    </message>
    <message>
        <source>row {number} opens a quote (&quot;) it never closes; the {count} lines after it are read as rows of their own</source>
        <translation>{number}-сапта ачылган тырмакча (&quot;) жабылган эмес; андан кийинки {count} сап өз алдынча саптар катары окулат</translation>
    </message>
    <message>
        <source>the spreadsheet is malformed ({error})</source>
        <translation>таблицанын түзүлүшү бузулган ({error})</translation>
    </message>
    <message>
        <source>row {number} is empty</source>
        <translation>{number}-сап бош</translation>
    </message>
    <message>
        <source>row {number} holds NUL bytes (damaged); left out</source>
        <translation>{number}-сапта NUL байттары бар (бузулган); калтырылды</translation>
    </message>
    <message>
        <source>row {number} has neither a title nor text</source>
        <translation>{number}-сапта аталыш да, текст да жок</translation>
    </message>
    <message>
        <source>row {number} repeats row {earlier} exactly</source>
        <translation>{number}-сап {earlier}-сапты так кайталайт</translation>
    </message>
    <message>
        <source>row {number} repeats id {id} of row {earlier}; row {earlier} is kept</source>
        <translation>{number}-сап {earlier}-саптын {id} идентификаторун кайталайт; {earlier}-сап сакталды</translation>
    </message>
    <message>
        <source>title</source>
        <translation>аталыш</translation>
    </message>
    <message>
        <source>author</source>
        <translation>автор</translation>
    </message>
    <message>
        <source>source name</source>
        <translation>булактын аты</translation>
    </message>
    <message>
        <source>source url</source>
        <translation>булактын URL дареги</translation>
    </message>
    <message>
        <source>summary</source>
        <translation>кыскача мазмун</translation>
    </message>
    <message>
        <source>external id</source>
        <translation>тышкы идентификатор</translation>
    </message>
    <message>
        <source>countries</source>
        <translation>өлкөлөр</translation>
    </message>
    <message>
        <source>places</source>
        <translation>жерлер</translation>
    </message>
    <message>
        <source>partners</source>
        <translation>өнөктөштөр</translation>
    </message>
    <message>
        <source>tags</source>
        <translation>тегдер</translation>
    </message>
    <message>
        <source>translations</source>
        <translation>котормолор</translation>
    </message>
    <message>
        <source>{field} of {length:,} characters is over the {limit:,} limit; it was left out</source>
        <translation>{field}: {length:,} белги, бул {limit:,} белги чегинен ашат; калтырылды</translation>
    </message>
    <message>
        <source>{field} of {length:,} characters was cut to {limit:,}</source>
        <translation>{field}: {length:,} белги {limit:,} белгиге чейин кыскартылды</translation>
    </message>
    <message>
        <source>{count:,} of {total:,} {field} were left out (over {item_limit} characters each or {limit} in all)</source>
        <translation>{field}: {total:,} маанинин ичинен {count:,} маани калтырылды (ар бири {item_limit} белгиден узун же жалпы саны {limit} чегинен ашкан)</translation>
    </message>
    <message>
        <source>the file is binary, not text</source>
        <translation>файл текст эмес, бинардык</translation>
    </message>
    <message>
        <source>text marked as {codec} does not decode</source>
        <translation>{codec} коддоосу көрсөтүлгөн текстти декоддоо мүмкүн эмес</translation>
    </message>
    <message>
        <source>the file is not text in any known encoding</source>
        <translation>файл белгилүү коддоолордун биринде да текст эмес</translation>
    </message>
    <message>
        <source>the page has no title and no article text</source>
        <translation>бетте аталыш да, макаланын тексти да жок</translation>
    </message>
    <message>
        <source>page is {size:.1f} million characters, over the {limit} million limit</source>
        <translation>бет {size:.1f} миллион белгиден турат, бул {limit} миллион белги чегинен ашат</translation>
    </message>
    <message>
        <source>the import</source>
        <translation>импорт</translation>
    </message>
    <message>
        <source>could not be read ({error}); details in the log</source>
        <translation>окуу мүмкүн болгон жок ({error}); чоо-жайы журналда</translation>
    </message>
    <message>
        <source>a publisher</source>
        <translation>басып чыгаруучу</translation>
    </message>
    <message>
        <source>{publisher} (fingerprint {fingerprint}…)</source>
        <translation>{publisher} (манжа изи: {fingerprint}…)</translation>
    </message>
    <message>
        <source>an unsigned bundle</source>
        <translation>кол тамгасыз окуялар топтому</translation>
    </message>
    <message>
        <source>a file or folder, not a signed bundle</source>
        <translation>кол коюлган окуялар топтому эмес, файл же папка</translation>
    </message>
    <message>
        <source>an unknown publisher &quot;{publisher}&quot; (fingerprint {fingerprint}…)</source>
        <translation>белгисиз басып чыгаруучу «{publisher}» (манжа изи: {fingerprint}…)</translation>
    </message>
    <message>
        <source>a story imported here, not from a bundle</source>
        <translation>окуялар топтомунан эмес, ушул жерде импорттолгон окуя</translation>
    </message>
    <message>
        <source>{incoming}: a bundle that is unsigned or from an unknown publisher only adds stories</source>
        <translation>{incoming}: кол тамгасыз же белгисиз басып чыгаруучунун окуялар топтому жаңы окуяларды гана кошот</translation>
    </message>
    <message>
        <source>the bundle is unsigned</source>
        <translation>окуялар топтомуна кол коюлган эмес</translation>
    </message>
    <message>
        <source>the bundle&apos;s publisher is not trusted here</source>
        <translation>окуялар топтомунун басып чыгаруучусуна бул жерде ишенилбейт</translation>
    </message>
    <message>
        <source>no story with this id is in the catalogue</source>
        <translation>каталогдо мындай идентификатору бар окуя жок</translation>
    </message>
    <message>
        <source>the story did not come from this publisher</source>
        <translation>окуя бул басып чыгаруучудан келген эмес</translation>
    </message>
    <message>
        <source>withdrawal of story {id} not applied: {reason}</source>
        <translation>{id} окуясын кайтарып алуу аткарылган жок: {reason}</translation>
    </message>
    <message>
        <source>story &apos;{title}&apos;: image {image} is missing (not in the folder or bundle)</source>
        <translation>«{title}» окуясы: {image} сүрөтү жок (папкада да, топтомдо да жок)</translation>
    </message>
    <message>
        <source>the same story as {earlier} (&apos;{title}&apos;), read earlier in this import; this later version is the one kept</source>
        <translation>{earlier} файлындагы окуя менен бир эле окуя («{title}»); ал бул импортто мурунураак окулган; ушул кийинки нускасы сакталды</translation>
    </message>
    <message>
        <source>not valid JSON ({error})</source>
        <translation>туура JSON эмес ({error})</translation>
    </message>
    <message>
        <source>holds over {limit:,} records</source>
        <translation>ичинде {limit:,} жазуудан ашык бар</translation>
    </message>
    <message>
        <source>record {number} is not an object</source>
        <translation>{number}-жазуу объект эмес</translation>
    </message>
    <message>
        <source>record {number} has neither a title nor text</source>
        <translation>{number}-жазууда аталыш да, текст да жок</translation>
    </message>
    <message>
        <source>record {number} repeats the id of record {earlier}; record {earlier} is kept</source>
        <translation>{number}-жазуу {earlier}-жазуунун идентификаторун кайталайт; {earlier}-жазуу сакталды</translation>
    </message>
    <message>
        <source>YAML expands to over {limit:,} values (aliases repeating aliases); refused as a memory bomb</source>
        <translation>YAML ачылганда {limit:,} мааниден ашат (бири-бирин кайталаган алиастар); эс тутум бомбасы катары четке кагылды</translation>
    </message>
    <message>
        <source>front matter cannot be read ({error})</source>
        <translation>front matter блогун окуу мүмкүн эмес ({error})</translation>
    </message>
    <message>
        <source>front matter is not a set of fields</source>
        <translation>front matter блогу талаалардын жыйындысы эмес</translation>
    </message>
    <message>
        <source>yes/no value</source>
        <translation>ооба/жок мааниси</translation>
    </message>
    <message>
        <source>number</source>
        <translation>сан</translation>
    </message>
    <message>
        <source>set of fields</source>
        <translation>талаалардын жыйындысы</translation>
    </message>
    <message>
        <source>list</source>
        <translation>тизме</translation>
    </message>
    <message>
        <source>YAML refers to itself through an alias</source>
        <translation>YAML алиас аркылуу өзүнө шилтеме кылат</translation>
    </message>
    <message>
        <source>text</source>
        <translation>текст</translation>
    </message>
    <message>
        <source>a list of names</source>
        <translation>аттардын тизмеси</translation>
    </message>
    <message>
        <source>a name</source>
        <translation>ат</translation>
    </message>
    <message>
        <source>a date</source>
        <translation>дата</translation>
    </message>
    <message>
        <source>front matter &apos;{key}&apos; is a {shape}, not {expected}; it was left out</source>
        <translation>front matter блогундагы «{key}» талаасы {expected} эмес, {shape}; калтырылды</translation>
    </message>
    <message>
        <source>a rich-text document</source>
        <translation>RTF документи</translation>
    </message>
    <message>
        <source>a tab-separated table</source>
        <translation>табуляция менен бөлүнгөн таблица</translation>
    </message>
    <message>
        <source>not listed in bundle.json</source>
        <translation>bundle.json тизмесинде жок</translation>
    </message>
    <message>
        <source>site furniture (README, LICENSE...), not a story</source>
        <translation>сайттын кызматтык файлы (README, LICENSE...), окуя эмес</translation>
    </message>
    <message>
        <source>an old Word document (.doc)</source>
        <translation>эски Word документи (.doc)</translation>
    </message>
    <message>
        <source>an old Excel workbook (.xls)</source>
        <translation>эски Excel китеби (.xls)</translation>
    </message>
    <message>
        <source>save it as .docx, .odt or text</source>
        <translation>аны .docx, .odt же текст катары сактаңыз</translation>
    </message>
    <message>
        <source>save it as .csv</source>
        <translation>аны .csv катары сактаңыз</translation>
    </message>
    <message>
        <source>save it as .xlsx, .ods or .csv</source>
        <translation>аны .xlsx, .ods же .csv катары сактаңыз</translation>
    </message>
    <message>
        <source>.md, .markdown, .txt, .html, .htm, .csv, .json, .docx, .odt, .pdf, .xlsx, .ods, .storybundle and .zip</source>
        <translation>.md, .markdown, .txt, .html, .htm, .csv, .json, .docx, .odt, .pdf, .xlsx, .ods, .storybundle жана .zip</translation>
    </message>
    <message>
        <source>a website&apos;s configuration file, not a story</source>
        <translation>сайттын конфигурация файлы, окуя эмес</translation>
    </message>
    <message>
        <source>{kind}, not a story format: {advice} (StoryDesk reads {formats})</source>
        <translation>{kind} — окуя форматы эмес: {advice} (StoryDesk окуй турган форматтар: {formats})</translation>
    </message>
    <message>
        <source>&apos;{extension}&apos; is not a story format (StoryDesk reads {formats})</source>
        <translation>«{extension}» — окуя форматы эмес (StoryDesk окуй турган форматтар: {formats})</translation>
    </message>
    <message>
        <source>extensionless</source>
        <translation>кеңейтүүсүз</translation>
    </message>
    <message>
        <source>is a broken link</source>
        <translation>бузук шилтеме</translation>
    </message>
    <message>
        <source>no such file or folder</source>
        <translation>мындай файл же папка жок</translation>
    </message>
    <message>
        <source>is {kind}, not a regular file; not read</source>
        <translation>{kind}, кадимки файл эмес; окулган жок</translation>
    </message>
    <message>
        <source>{count} image file(s) ({kinds}): not stories; a story that names an image takes it</source>
        <translation>{count} сүрөт файлы ({kinds}): окуялар эмес; сүрөткө шилтеме берген окуя аны өзүнө кошуп алат</translation>
    </message>
    <message>
        <source>site furniture folder (templates, build output)</source>
        <translation>сайттын кызматтык папкасы (шаблондор, жыйноонун натыйжалары)</translation>
    </message>
    <message>
        <source>{count} hidden file(s) or folder(s) (names starting with &apos;.&apos;) passed over</source>
        <translation>{count} жашыруун файл же папка (аттары «.» менен башталат) өткөрүлүп жиберилди</translation>
    </message>
    <message>
        <source>listed in bundle.json but missing</source>
        <translation>bundle.json тизмесинде бар, бирок өзү жок</translation>
    </message>
    <message>
        <source>hidden file (name starting with &apos;.&apos;) passed over</source>
        <translation>жашыруун файл (аты «.» менен башталат) өткөрүлүп жиберилди</translation>
    </message>
    <message>
        <source>{count} file(s) in a hidden or system folder passed over</source>
        <translation>жашыруун же системалык папкадагы {count} файл өткөрүлүп жиберилди</translation>
    </message>
    <message>
        <source>the file is empty</source>
        <translation>файл бош</translation>
    </message>
    <message>
        <source>holds no stories (objects with a &apos;title&apos; or &apos;text&apos;)</source>
        <translation>окуяларды камтыбайт («title» же «text» талаасы бар объекттерди)</translation>
    </message>
    <message>
        <source>JSON that holds no stories (objects with a &apos;title&apos; or &apos;text&apos;)</source>
        <translation>окуяларды камтыбаган JSON («title» же «text» талаасы бар объекттерди)</translation>
    </message>
    <message>
        <source>holds no story text</source>
        <translation>окуянын текстин камтыбайт</translation>
    </message>
    <message>
        <source>{what}, not a story</source>
        <translation>{what}, окуя эмес</translation>
    </message>
    <message>
        <source>looks like {what}; imported because the file was named on its own</source>
        <translation>{what} болсо керек; файл өзүнчө көрсөтүлгөндүктөн импорттолду</translation>
    </message>
    <message>
        <source>a site&apos;s home page</source>
        <translation>сайттын башкы бети</translation>
    </message>
    <message>
        <source>a listing page (layout: {layout})</source>
        <translation>тизме бети («layout» талаасы: {layout})</translation>
    </message>
    <message>
        <source>a navigation page (titled &apos;{title}&apos;)</source>
        <translation>«{title}» деп аталган навигация бети</translation>
    </message>
    <message>
        <source>a site&apos;s policy page (titled &apos;{title}&apos;)</source>
        <translation>сайттын «{title}» деп аталган саясат бети</translation>
    </message>
    <message>
        <source>a navigation page (mostly links, no article text)</source>
        <translation>навигация бети (негизинен шилтемелер, макаланын тексти жок)</translation>
    </message>
    <message>
        <source>a section&apos;s list page (Hugo _index) with little text</source>
        <translation>тексти аз бөлүмдүн тизме бети (Hugo _index)</translation>
    </message>
    <message>
        <source>a layout page with no text of its own (layout: {layout})</source>
        <translation>өз тексти жок макет бети («layout» талаасы: {layout})</translation>
    </message>
    <message>
        <source>a stub of a few words</source>
        <translation>бир нече сөздөн гана турган текст</translation>
    </message>
    <message>
        <source>is damaged: not a readable document package</source>
        <translation>бузулган: окула турган документ пакети эмес</translation>
    </message>
    <message>
        <source>holds {count:,} parts, over the {limit:,} limit</source>
        <translation>ичинде {count:,} бөлүк бар, бул {limit:,} чегинен ашат</translation>
    </message>
    <message>
        <source>its part {name} unpacks to {size:,} bytes, over the {limit:,} limit</source>
        <translation>анын {name} бөлүгү ачылганда {size:,} байт болот, бул {limit:,} байт чегинен ашат</translation>
    </message>
    <message>
        <source>unpacks to {size:,} bytes in all, over the {limit:,} limit</source>
        <translation>ачылганда жалпысынан {size:,} байт болот, бул {limit:,} байт чегинен ашат</translation>
    </message>
    <message>
        <source>a picture in {format} format, which StoryDesk does not store</source>
        <translation>StoryDesk сактабаган {format} форматындагы сүрөт</translation>
    </message>
    <message>
        <source>a picture of {size:,} bytes, over the {limit:,} limit</source>
        <translation>{size:,} байттык сүрөт, бул {limit:,} байт чегинен ашат</translation>
    </message>
    <message>
        <source>over the {limit} pictures taken from one document</source>
        <translation>бир документтен алынуучу {limit} сүрөт чегинен ашык</translation>
    </message>
    <message>
        <source>is refused by the OpenDocument reader&apos;s zip bomb check</source>
        <translation>OpenDocument окугучунун ZIP бомбасын текшерүүсүнөн өткөн жок</translation>
    </message>
    <message>
        <source>is an OpenDocument file but not a text document</source>
        <translation>OpenDocument файлы, бирок текст документи эмес</translation>
    </message>
    <message>
        <source>is damaged: its OpenDocument text cannot be read</source>
        <translation>бузулган: анын OpenDocument текстин окуу мүмкүн эмес</translation>
    </message>
    <message>
        <source>is password-protected; save it without a password and import it again</source>
        <translation>сырсөз менен корголгон; аны сырсөзсүз сактап, кайра импорттоңуз</translation>
    </message>
    <message>
        <source>is damaged: its XML declares a DTD, which ODF never does</source>
        <translation>бузулган: анын XML кодунда DTD жарыяланган, ODF эч качан мындай кылбайт</translation>
    </message>
    <message>
        <source>an embedded object is not opened</source>
        <translation>кыстарылган объект ачылбайт</translation>
    </message>
    <message>
        <source>a picture linked from outside the file; it is not fetched</source>
        <translation>файлдын сыртынан шилтеме берилген сүрөт; ал жүктөлбөйт</translation>
    </message>
    <message>
        <source>a picture the file names but does not hold</source>
        <translation>файлда аты аталган, бирок өзү жок сүрөт</translation>
    </message>
    <message>
        <source>is password-protected</source>
        <translation>сырсөз менен корголгон</translation>
    </message>
    <message>
        <source>is encrypted with a method StoryDesk cannot read</source>
        <translation>StoryDesk окуй албаган ыкма менен шифрленген</translation>
    </message>
    <message>
        <source>is damaged: not a readable PDF</source>
        <translation>бузулган: окула турган PDF эмес</translation>
    </message>
    <message>
        <source>no text layer (scanned)</source>
        <translation>текст катмары жок (сканерленген)</translation>
    </message>
    <message>
        <source>only the first {limit:,} of {count:,} pages were read</source>
        <translation>{count:,} беттин алгачкы {limit:,} бети гана окулду</translation>
    </message>
    <message>
        <source>page {page} could not be read</source>
        <translation>{page}-бетти окуу мүмкүн болгон жок</translation>
    </message>
    <message>
        <source>{count:,} of {total:,} pages hold only pictures (scanned); their text was not read</source>
        <translation>{total:,} беттин {count:,} бетинде сүрөттөр гана бар (сканерленген); алардын тексти окулган жок</translation>
    </message>
    <message>
        <source>page {page} holds {count:,} characters; {limit:,} were read</source>
        <translation>{page}-бетте {count:,} белги бар; анын {limit:,} белгиси окулду</translation>
    </message>
    <message>
        <source>text was cut at {limit:,} characters, on page {page}</source>
        <translation>текст {page}-бетте, {limit:,} белгиге жеткенде кыскартылды</translation>
    </message>
    <message>
        <source>{count:,} pictures over the {limit:,} limit were left out</source>
        <translation>{limit:,} сүрөт чегинен ашкан {count:,} сүрөт калтырылды</translation>
    </message>
    <message>
        <source>the picture could not be read from the PDF</source>
        <translation>сүрөттү PDF файлынан окуу мүмкүн болгон жок</translation>
    </message>
    <message>
        <source>the picture is {width}×{height} pixels, over the limit</source>
        <translation>сүрөттүн өлчөмү {width}×{height} пиксель, бул чектен ашат</translation>
    </message>
    <message>
        <source>the picture is {size:,} bytes, over the {limit:,} limit</source>
        <translation>сүрөттүн көлөмү {size:,} байт, бул {limit:,} байт чегинен ашат</translation>
    </message>
    <message>
        <source>is damaged: not a readable spreadsheet ({error})</source>
        <translation>бузулган: окула турган таблица эмес ({error})</translation>
    </message>
    <message>
        <source>is an old Excel workbook (.xls) named .xlsx; save it as .xlsx, .ods or .csv</source>
        <translation>.xlsx деп аталган эски Excel китеби (.xls); аны .xlsx, .ods же .csv катары сактаңыз</translation>
    </message>
    <message>
        <source>is damaged: it holds no sheets</source>
        <translation>бузулган: анда бир да барак жок</translation>
    </message>
    <message>
        <source>is not an OpenDocument spreadsheet ({kind})</source>
        <translation>OpenDocument таблицасы эмес ({kind})</translation>
    </message>
    <message>
        <source>sheet {name} has no header row naming a text or title column (looked in its first {count} rows)</source>
        <translation>{name} барагында текст же аталыш тилкесин атаган баш сап жок (анын алгачкы {count} сабы каралды)</translation>
    </message>
    <message>
        <source>sheet {name} is empty</source>
        <translation>{name} барагы бош</translation>
    </message>
    <message>
        <source>holds no story rows</source>
        <translation>окуя саптарын камтыбайт</translation>
    </message>
    <message>
        <source>the workbook has over {limit:,} rows; rows from row {number} on are not read</source>
        <translation>таблицада {limit:,} саптан ашык бар; {number}-саптан баштап саптар окулбайт</translation>
    </message>
    <message>
        <source>row {number} has a cell over {limit:,} characters; left out</source>
        <translation>{number}-сапта {limit:,} белгиден узун уяча бар; калтырылды</translation>
    </message>
    <message>
        <source>rows {first}–{last} repeat row {number} exactly</source>
        <translation>{first}–{last}-саптар {number}-сапты так кайталайт</translation>
    </message>
    <message>
        <source>rows {first}–{last} are empty</source>
        <translation>{first}–{last}-саптар бош</translation>
    </message>
    <message>
        <source>is a macro-enabled Word document (.docm); save it as a .docx document</source>
        <translation>макростору бар Word документи (.docm); аны .docx документи катары сактаңыз</translation>
    </message>
    <message>
        <source>is damaged: its Word text cannot be read</source>
        <translation>бузулган: анын Word текстин окуу мүмкүн эмес</translation>
    </message>
    <message>
        <source>is an old Word document (.doc) saved as .docx; open it in Word and save it as .docx</source>
        <translation>.docx катары сакталган эски Word документи (.doc); аны Word программасында ачып, .docx катары сактаңыз</translation>
    </message>
    <message>
        <source>an embedded document part is not read</source>
        <translation>кыстарылган документ бөлүгү окулбайт</translation>
    </message>
    <message>
        <source>an embedded object (OLE) is not opened</source>
        <translation>кыстарылган объект (OLE) ачылбайт</translation>
    </message>
</context>
<context>
    <name>ImportController</name>
    <message>
        <source>The import did not finish</source>
        <translation>Импорт аягына чыккан жок</translation>
    </message>
</context>
<context>
    <name>ImportFilters</name>
    <message>
        <source>Story bundles</source>
        <translation>Окуялар топтомдору</translation>
    </message>
    <message>
        <source>Word, OpenDocument and PDF</source>
        <translation>Word, OpenDocument жана PDF</translation>
    </message>
    <message>
        <source>Spreadsheets and JSON</source>
        <translation>Таблицалар жана JSON</translation>
    </message>
    <message>
        <source>Markdown, web pages and text</source>
        <translation>Markdown, веб-беттер жана текст</translation>
    </message>
    <message>
        <source>Stories and bundles ({patterns})</source>
        <translation>Окуялар жана окуялар топтомдору ({patterns})</translation>
    </message>
    <message>
        <source>All files (*)</source>
        <translation>Бардык файлдар (*)</translation>
    </message>
</context>
<context>
    <name>ImportPreviewDialog</name>
    <message>
        <source>Import Preview</source>
        <translation>Импортту алдын ала көрүү</translation>
    </message>
    <message>
        <source>Nothing was imported.</source>
        <translation>Эч нерсе импорттолгон жок.</translation>
    </message>
    <message>
        <source>&amp;Import</source>
        <translation>&amp;Импорттоо</translation>
    </message>
    <message>
        <source>Signed by {publisher} — trusted</source>
        <translation>Кол койгон: {publisher} — ишенимдүү</translation>
    </message>
    <message>
        <source>an unnamed publisher</source>
        <translation>аты жок басып чыгаруучу</translation>
    </message>
    <message>
        <source>Signed by “{publisher}” — unknown publisher (fingerprint {fingerprint}); compare the fingerprint with the publisher before trusting it in Settings › Publishers</source>
        <translation>Кол койгон: «{publisher}» — белгисиз басып чыгаруучу (манжа изи: {fingerprint}); Жөндөөлөр › Басып чыгаруучулар бөлүмүндө ага ишенүүдөн мурун манжа изин басып чыгаруучу менен салыштырыңыз</translation>
    </message>
    <message>
        <source>unnamed</source>
        <translation>аты жок</translation>
    </message>
    <message>
        <source>Unsigned — nothing says who made this bundle</source>
        <translation>Кол тамгасыз — бул окуялар топтомун ким түзгөнү белгисиз</translation>
    </message>
    <message>
        <source>Refused: nothing from this bundle can be imported.</source>
        <translation>Четке кагылды: бул окуялар топтомунан эч нерсе импорттолбойт.</translation>
    </message>
    <message>
        <source>{field} was edited here; your edit is kept</source>
        <translation>{field} бул жерде түзөтүлгөн; сиздин түзөтүүңүз сакталат</translation>
    </message>
    <message>
        <source>This story came from another publisher&apos;s signed bundle; it is not changed</source>
        <translation>Бул окуя башка басып чыгаруучунун кол коюлган окуялар топтомунан келген; ал өзгөртүлбөйт</translation>
    </message>
    <message>
        <source>Would replace most of the story&apos;s text; the catalogue keeps its own</source>
        <translation>Окуянын текстинин көпчүлүк бөлүгүн алмаштырмак; каталог өз нускасын сактап калат</translation>
    </message>
    <message>
        <source>In conflict; the catalogue keeps its version</source>
        <translation>Дал келбестик бар; каталог өз нускасын сактап калат</translation>
    </message>
    <message numerus="yes">
        <source>%Ln new stories</source>
        <translation>
            <numerusform>%Ln жаңы окуя</numerusform>
            <numerusform>%Ln жаңы окуя</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln updated</source>
        <translation>
            <numerusform>%Ln жаңыланат</numerusform>
            <numerusform>%Ln жаңыланат</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln unchanged</source>
        <translation>
            <numerusform>%Ln өзгөрбөйт</numerusform>
            <numerusform>%Ln өзгөрбөйт</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln withdrawn</source>
        <translation>
            <numerusform>%Ln алынып салынат</numerusform>
            <numerusform>%Ln алынып салынат</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln rejected</source>
        <translation>
            <numerusform>%Ln четке кагылат</numerusform>
            <numerusform>%Ln четке кагылат</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln in conflict</source>
        <translation>
            <numerusform>%Ln дал келбестик</numerusform>
            <numerusform>%Ln дал келбестик</numerusform>
        </translation>
    </message>
    <message>
        <source>Importing would bring: {counts}</source>
        <translation>Импорттоонун натыйжасында: {counts}</translation>
    </message>
    <message numerus="yes">
        <source>New (%Ln)</source>
        <translation>
            <numerusform>Жаңы (%Ln)</numerusform>
            <numerusform>Жаңы (%Ln)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Updated (%Ln)</source>
        <translation>
            <numerusform>Жаңыланган (%Ln)</numerusform>
            <numerusform>Жаңыланган (%Ln)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Unchanged (%Ln)</source>
        <translation>
            <numerusform>Өзгөрүүсүз (%Ln)</numerusform>
            <numerusform>Өзгөрүүсүз (%Ln)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Withdrawn (%Ln)</source>
        <translation>
            <numerusform>Алынып салынган (%Ln)</numerusform>
            <numerusform>Алынып салынган (%Ln)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Rejected (%Ln)</source>
        <translation>
            <numerusform>Четке кагылган (%Ln)</numerusform>
            <numerusform>Четке кагылган (%Ln)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Conflicts (%Ln)</source>
        <translation>
            <numerusform>Дал келбестиктер (%Ln)</numerusform>
            <numerusform>Дал келбестиктер (%Ln)</numerusform>
        </translation>
    </message>
    <message>
        <source>Story</source>
        <translation>Окуя</translation>
    </message>
    <message>
        <source>Id</source>
        <translation>Идентификатор</translation>
    </message>
    <message>
        <source>Story &apos;{story}&apos;: image {image} is missing</source>
        <translation>«{story}» окуясы: {image} сүрөтү жок</translation>
    </message>
    <message>
        <source>File</source>
        <translation>Файл</translation>
    </message>
    <message>
        <source>Why</source>
        <translation>Себеби</translation>
    </message>
</context>
<context>
    <name>ImportProgressDialog</name>
    <message>
        <source>Importing Stories</source>
        <translation>Окуяларды импорттоо</translation>
    </message>
    <message>
        <source>Reading files…</source>
        <translation>Файлдар окулууда…</translation>
    </message>
    <message>
        <source>Import progress</source>
        <translation>Импорттун жүрүшү</translation>
    </message>
    <message>
        <source>Cancel the import</source>
        <translation>Импортту жокко чыгаруу</translation>
    </message>
    <message>
        <source>Cancelling… nothing from this import will be kept.</source>
        <translation>Жокко чыгарылууда… бул импорттон эч нерсе сакталбайт.</translation>
    </message>
    <message>
        <source>Importing {number} of {count}…</source>
        <translation>Импорттолууда: {number} / {count}…</translation>
    </message>
</context>
<context>
    <name>ImportSummaryDialog</name>
    <message>
        <source>Import Finished</source>
        <translation>Импорт аяктады</translation>
    </message>
    <message>
        <source>Import Cancelled</source>
        <translation>Импорт жокко чыгарылды</translation>
    </message>
    <message>
        <source>The import was cancelled. The catalogue is as it was before.</source>
        <translation>Импорт жокко чыгарылды. Каталог мурункудай бойдон калды.</translation>
    </message>
    <message numerus="yes">
        <source>%Ln new stories</source>
        <translation>
            <numerusform>%Ln жаңы окуя</numerusform>
            <numerusform>%Ln жаңы окуя</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln updated</source>
        <translation>
            <numerusform>%Ln жаңыланды</numerusform>
            <numerusform>%Ln жаңыланды</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln already in the catalogue, unchanged</source>
        <translation>
            <numerusform>%Ln мурунтан каталогдо бар, өзгөргөн жок</numerusform>
            <numerusform>%Ln мурунтан каталогдо бар, өзгөргөн жок</numerusform>
        </translation>
    </message>
    <message>
        <source>Files not imported and why</source>
        <translation>Импорттолбогон файлдар жана себептери</translation>
    </message>
    <message>
        <source>File</source>
        <translation>Файл</translation>
    </message>
    <message>
        <source>What</source>
        <translation>Эмне</translation>
    </message>
    <message>
        <source>Why</source>
        <translation>Себеби</translation>
    </message>
    <message>
        <source>Copy List</source>
        <translation>Тизмени көчүрүү</translation>
    </message>
    <message>
        <source>&amp;Show:</source>
        <translation>&amp;Көрсөтүү:</translation>
    </message>
    <message>
        <source>Files in {folder}:</source>
        <translation>{folder} папкасындагы файлдар:</translation>
    </message>
    <message>
        <source>Show the rows of one kind</source>
        <translation>Бир гана түрдөгү саптарды көрсөтүү</translation>
    </message>
    <message numerus="yes">
        <source>All (%Ln)</source>
        <translation>
            <numerusform>Баары (%Ln)</numerusform>
            <numerusform>Баары (%Ln)</numerusform>
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
        <translation>«{story}» окуясы: {image} сүрөтү жок</translation>
    </message>
    <message>
        <source>Image missing</source>
        <translation>Сүрөт жок</translation>
    </message>
    <message>
        <source>Not imported</source>
        <translation>Импорттолгон жок</translation>
    </message>
    <message>
        <source>Would replace most of the text of story {id}; the catalogue kept its version</source>
        <translation>{id} окуясынын текстинин көпчүлүк бөлүгүн алмаштырмак; каталог өз нускасын сактап калды</translation>
    </message>
    <message>
        <source>Conflict</source>
        <translation>Карама-каршылык</translation>
    </message>
    <message>
        <source>Skipped</source>
        <translation>Өткөрүлүп жиберилди</translation>
    </message>
    <message>
        <source>Left out</source>
        <translation>Калтырылды</translation>
    </message>
    <message numerus="yes">
        <source>%Ln files could not be imported</source>
        <translation>
            <numerusform>%Ln файл импорттолгон жок</numerusform>
            <numerusform>%Ln файл импорттолгон жок</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln images missing</source>
        <translation>
            <numerusform>%Ln сүрөт жок</numerusform>
            <numerusform>%Ln сүрөт жок</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln conflicts: the catalogue kept its stories</source>
        <translation>
            <numerusform>%Ln карама-каршылык: каталог өз окуяларын сактап калды</numerusform>
            <numerusform>%Ln карама-каршылык: каталог өз окуяларын сактап калды</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln edits kept over changes in the source</source>
        <translation>
            <numerusform>%Ln түзөтүү булактагы өзгөртүүлөрдүн ордуна сакталды</numerusform>
            <numerusform>%Ln түзөтүү булактагы өзгөртүүлөрдүн ордуна сакталды</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln files or rows skipped</source>
        <translation>
            <numerusform>%Ln файл же сап өткөрүлүп жиберилди</numerusform>
            <numerusform>%Ln файл же сап өткөрүлүп жиберилди</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln values left out</source>
        <translation>
            <numerusform>%Ln маани калтырылды</numerusform>
            <numerusform>%Ln маани калтырылды</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Keys</name>
    <message>
        <source>{path}: the private key is not the one its name says</source>
        <translation>{path}: жабык ачкыч файлдын атында көрсөтүлгөн ачкыч эмес</translation>
    </message>
    <message>
        <source>this catalogue&apos;s publisher key ({publisher}, {fingerprint}) was made in another data folder, which keeps its private half (keys/{fingerprint}.key); sign the bundle there, or copy that file into {folder} (see docs/headquarters.md)</source>
        <translation>бул каталогдун басып чыгаруучу ачкычы ({publisher}, {fingerprint}) башка маалымат папкасында түзүлгөн, анын жабык бөлүгү ошол папкада сакталат (keys/{fingerprint}.key); окуялар топтомуна ошол жерде кол коюңуз же ал файлды {folder} папкасына көчүрүңүз (docs/headquarters.md караңыз)</translation>
    </message>
    <message>
        <source>{fingerprint}: not a key fingerprint (give {least} to {most} of its hex digits)</source>
        <translation>{fingerprint}: ачкычтын манжа изи эмес (анын он алтылык цифраларынан кеминде {least}, эң көп {most} цифра жазыңыз)</translation>
    </message>
    <message>
        <source>{fingerprint}: no publisher key here has that fingerprint</source>
        <translation>{fingerprint}: бул жерде мындай манжа изи бар басып чыгаруучунун ачкычы жок</translation>
    </message>
    <message>
        <source>{fingerprint}: starts the fingerprints of {count} keys ({keys}); give more of its digits</source>
        <translation>{fingerprint}: {count} ачкычтын манжа изи ушундай башталат ({keys}); көбүрөөк цифра жазыңыз</translation>
    </message>
    <message>
        <source>a publisher key needs the publisher&apos;s name</source>
        <translation>басып чыгаруучунун ачкычы үчүн басып чыгаруучунун аты керек</translation>
    </message>
    <message>
        <source>the publisher&apos;s name is longer than {limit} characters</source>
        <translation>басып чыгаруучунун аты {limit} белгиден узун</translation>
    </message>
    <message>
        <source>this catalogue already has its publisher key ({publisher}, {fingerprint}); to replace it, revoke it first with &apos;storydesk keys revoke {fingerprint}&apos; (or Settings › Publishers)</source>
        <translation>бул каталогдун басып чыгаруучу ачкычы мурунтан эле бар ({publisher}, {fingerprint}); аны алмаштыруу үчүн адегенде «storydesk keys revoke {fingerprint}» буйругу менен (же Жөндөөлөр › Басып чыгаруучулар бөлүмүндө) кайтарып алыңыз</translation>
    </message>
    <message>
        <source>this catalogue has no publisher key of its own; make one with &apos;storydesk keys generate --publisher NAME&apos; (or Settings › Publishers)</source>
        <translation>бул каталогдун өз басып чыгаруучу ачкычы жок; аны «storydesk keys generate --publisher NAME» буйругу менен (же Жөндөөлөр › Басып чыгаруучулар бөлүмүндө) түзүңүз</translation>
    </message>
    <message>
        <source>{fingerprint}: the key of {publisher} is revoked here; it is not exported</source>
        <translation>{fingerprint}: {publisher} ачкычы бул жерде кайтарылган; ал экспорттолбойт</translation>
    </message>
    <message>
        <source>{fingerprint}: the key of {publisher} is not trusted here; only this catalogue&apos;s own key and trusted keys are exported</source>
        <translation>{fingerprint}: {publisher} ачкычына бул жерде ишенилбейт; бул каталогдун өз ачкычы жана ишенимдүү ачкычтар гана экспорттолот</translation>
    </message>
    <message>
        <source>{fingerprint}: the key of {publisher} was revoked here on {date}; a revoked key is not trusted again</source>
        <translation>{fingerprint}: {publisher} ачкычы бул жерде {date} күнү кайтарылган; кайтарылган ачкычка кайра ишенилбейт</translation>
    </message>
    <message>
        <source>{path}: not a publisher&apos;s private key ({error})</source>
        <translation>{path}: басып чыгаруучунун жабык ачкычы эмес ({error})</translation>
    </message>
    <message>
        <source>{path}: not an Ed25519 private key</source>
        <translation>{path}: Ed25519 жабык ачкычы эмес</translation>
    </message>
    <message>
        <source>{path}: {reason}</source>
        <translation>{path}: {reason}</translation>
    </message>
    <message>
        <source>too large to be a publisher key file</source>
        <translation>өтө чоң, басып чыгаруучунун ачкыч файлы боло албайт</translation>
    </message>
    <message>
        <source>not a publisher key file (not JSON)</source>
        <translation>басып чыгаруучунун ачкыч файлы эмес (JSON эмес)</translation>
    </message>
    <message>
        <source>not a publisher key file</source>
        <translation>басып чыгаруучунун ачкыч файлы эмес</translation>
    </message>
    <message>
        <source>the key is not an Ed25519 key</source>
        <translation>ачкыч Ed25519 ачкычы эмес</translation>
    </message>
    <message>
        <source>the public key is malformed</source>
        <translation>ачык ачкыч туура эмес түзүлгөн</translation>
    </message>
    <message>
        <source>the key file names no publisher</source>
        <translation>ачкыч файлында басып чыгаруучу көрсөтүлгөн эмес</translation>
    </message>
    <message>
        <source>the fingerprint written in the file is not its key&apos;s</source>
        <translation>файлга жазылган манжа изи анын ачкычына таандык эмес</translation>
    </message>
    <message>
        <source>this catalogue has no publisher key to sign with; make one with &apos;storydesk keys generate --publisher NAME&apos; (or Settings › Publishers)</source>
        <translation>бул каталогдо кол коюу үчүн басып чыгаруучу ачкычы жок; аны «storydesk keys generate --publisher NAME» буйругу менен (же Жөндөөлөр › Басып чыгаруучулар бөлүмүндө) түзүңүз</translation>
    </message>
    <message>
        <source>{path}: a folder; give the name of the key file</source>
        <translation>{path}: бул папка; ачкыч файлынын атын көрсөтүңүз</translation>
    </message>
    <message>
        <source>{path}: the key file cannot be written ({reason})</source>
        <translation>{path}: ачкыч файлын жазуу мүмкүн эмес ({reason})</translation>
    </message>
    <message>
        <source>{path}: no such key file</source>
        <translation>{path}: мындай ачкыч файлы жок</translation>
    </message>
    <message>
        <source>{path}: a folder, not a key file</source>
        <translation>{path}: ачкыч файлы эмес, папка</translation>
    </message>
    <message>
        <source>{path}: the key file cannot be read ({reason})</source>
        <translation>{path}: ачкыч файлын окуу мүмкүн эмес ({reason})</translation>
    </message>
</context>
<context>
    <name>Launcher</name>
    <message>
        <source>Opening the catalogue…</source>
        <translation>Каталог ачылууда…</translation>
    </message>
    <message>
        <source>Preparing the search index: {done} of {total}</source>
        <translation>Издөө индекси даярдалууда: {done} / {total}</translation>
    </message>
    <message>
        <source>StoryDesk could not open the catalogue in {folder}</source>
        <translation>StoryDesk {folder} папкасындагы каталогду ача алган жок</translation>
    </message>
    <message>
        <source>Something went wrong</source>
        <translation>Ката кетти</translation>
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
        <translation>Лицензиянын тексти</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>Importing…</source>
        <translation>Импорттолууда…</translation>
    </message>
    <message>
        <source>StoryDesk — {folder}</source>
        <translation>StoryDesk — {folder}</translation>
    </message>
    <message>
        <source>StoryDesk — {database} (shared catalogue)</source>
        <translation>StoryDesk — {database} (жалпы каталог)</translation>
    </message>
    <message>
        <source>The catalogue was backed up to {path}</source>
        <translation>Каталогдун камдык көчүрмөсү {path} файлына сакталды</translation>
    </message>
    <message>
        <source>Export cancelled; nothing was written.</source>
        <translation>Экспорт жокко чыгарылды; эч нерсе жазылган жок.</translation>
    </message>
    <message>
        <source>Bundle export cancelled; nothing was written.</source>
        <translation>Окуялар топтомун экспорттоо жокко чыгарылды; эч нерсе жазылган жок.</translation>
    </message>
    <message>
        <source>The catalogue could not be read: {reason}</source>
        <translation>Каталогду окуу мүмкүн болгон жок: {reason}</translation>
    </message>
    <message>
        <source>Search stories (Ctrl+F): words, &quot;a phrase&quot;, partner:UNDP, year:2024…</source>
        <translation>Окуяларды издөө (Ctrl+F): сөздөр, &quot;сөз айкашы&quot;, partner:UNDP, year:2024…</translation>
    </message>
    <message>
        <source>Search</source>
        <translation>Издөө</translation>
    </message>
    <message>
        <source>Type words to search the stories (Ctrl+F)</source>
        <translation>Окуяларды издөө үчүн сөздөрдү териңиз (Ctrl+F)</translation>
    </message>
    <message>
        <source>Search stories</source>
        <translation>Окуяларды издөө</translation>
    </message>
    <message>
        <source>Search help</source>
        <translation>Издөө боюнча жардам</translation>
    </message>
    <message>
        <source>How to search: phrases, OR, filters (F1)</source>
        <translation>Кантип издөө керек: сөз айкаштары, OR, чыпкалар (F1)</translation>
    </message>
    <message>
        <source>Best match</source>
        <translation>Эң ылайыктуусу</translation>
    </message>
    <message>
        <source>Newest first</source>
        <translation>Адегенде жаңылары</translation>
    </message>
    <message>
        <source>Sort results</source>
        <translation>Натыйжаларды иреттөө</translation>
    </message>
    <message>
        <source>Stories found</source>
        <translation>Табылган окуялар</translation>
    </message>
    <message>
        <source>Import &amp;Files…</source>
        <translation>&amp;Файлдарды импорттоо…</translation>
    </message>
    <message>
        <source>Import F&amp;older…</source>
        <translation>&amp;Папканы импорттоо…</translation>
    </message>
    <message>
        <source>Import &amp;Bundle…</source>
        <translation>Окуялар &amp;топтомун импорттоо…</translation>
    </message>
    <message>
        <source>Import the &amp;Sample Stories</source>
        <translation>&amp;Үлгү окуяларды импорттоо</translation>
    </message>
    <message>
        <source>&amp;Print Story…</source>
        <translation>Окуяны &amp;басып чыгаруу…</translation>
    </message>
    <message>
        <source>&amp;Export Briefing Pack…</source>
        <translation>Брифинг-пакетти &amp;экспорттоо…</translation>
    </message>
    <message>
        <source>Export B&amp;undle…</source>
        <translation>Окуялар &amp;топтомун экспорттоо…</translation>
    </message>
    <message>
        <source>Print Pre&amp;view of Pack…</source>
        <translation>Пакетти басып чыгарууга &amp;алдын ала көрүү…</translation>
    </message>
    <message>
        <source>&amp;Back Up Now</source>
        <translation>&amp;Камдык көчүрмө жасоо</translation>
    </message>
    <message>
        <source>&amp;Restore from Backup…</source>
        <translation>Камдык көчүрмөдөн ка&amp;лыбына келтирүү…</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Чыгуу</translation>
    </message>
    <message>
        <source>&amp;Find</source>
        <translation>&amp;Издөө</translation>
    </message>
    <message>
        <source>Copy Source &amp;Link</source>
        <translation>Булак &amp;шилтемесин көчүрүү</translation>
    </message>
    <message>
        <source>Add to &amp;Basket</source>
        <translation>&amp;Себетке кошуу</translation>
    </message>
    <message>
        <source>&amp;Partners and Places…</source>
        <translation>&amp;Өнөктөштөр жана жерлер…</translation>
    </message>
    <message>
        <source>As a &amp;List</source>
        <translation>&amp;Тизме түрүндө</translation>
    </message>
    <message>
        <source>As a &amp;Grid</source>
        <translation>Т&amp;ор түрүндө</translation>
    </message>
    <message>
        <source>Show the stories as a list (Ctrl+1)</source>
        <translation>Окуяларды тизме түрүндө көрсөтүү (Ctrl+1)</translation>
    </message>
    <message>
        <source>Show the stories as a grid of cards (Ctrl+2)</source>
        <translation>Окуяларды карточкалардын тору түрүндө көрсөтүү (Ctrl+2)</translation>
    </message>
    <message>
        <source>Show as a list</source>
        <translation>Тизме түрүндө көрсөтүү</translation>
    </message>
    <message>
        <source>Show as a grid</source>
        <translation>Тор түрүндө көрсөтүү</translation>
    </message>
    <message>
        <source>&amp;About StoryDesk</source>
        <translation>StoryDesk &amp;жөнүндө</translation>
    </message>
    <message>
        <source>&amp;Search Help</source>
        <translation>&amp;Издөө боюнча жардам</translation>
    </message>
    <message>
        <source>User&apos;s &amp;Guide</source>
        <translation>Колдонуучунун &amp;колдонмосу</translation>
    </message>
    <message>
        <source>&amp;Keyboard Shortcuts</source>
        <translation>Ыкчам &amp;баскычтар</translation>
    </message>
    <message>
        <source>System Default</source>
        <translation>Системанын тили</translation>
    </message>
    <message>
        <source>Briefing &amp;Basket</source>
        <translation>Брифинг &amp;себети</translation>
    </message>
    <message>
        <source>Show or hide the briefing basket (Ctrl+Shift+B)</source>
        <translation>Брифинг себетин көрсөтүү же жашыруу (Ctrl+Shift+B)</translation>
    </message>
    <message>
        <source>Show or hide the briefing basket</source>
        <translation>Брифинг себетин көрсөтүү же жашыруу</translation>
    </message>
    <message>
        <source>&amp;Filters Panel</source>
        <translation>&amp;Чыпкалар панели</translation>
    </message>
    <message>
        <source>Show or hide the filters</source>
        <translation>Чыпкаларды көрсөтүү же жашыруу</translation>
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
        <translation>&amp;Түзөтүү</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Көрүнүш</translation>
    </message>
    <message>
        <source>&amp;Language</source>
        <translation>Т&amp;ил</translation>
    </message>
    <message>
        <source>&amp;Stories</source>
        <translation>&amp;Окуялар</translation>
    </message>
    <message>
        <source>Se&amp;ttings</source>
        <translation>Жө&amp;ндөөлөр</translation>
    </message>
    <message>
        <source>&amp;Publishers…</source>
        <translation>&amp;Басып чыгаруучулар…</translation>
    </message>
    <message>
        <source>Shared &amp;Catalogue…</source>
        <translation>Жалпы &amp;каталог…</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Жардам</translation>
    </message>
    <message>
        <source>Import Running</source>
        <translation>Импорт жүрүп жатат</translation>
    </message>
    <message>
        <source>An import is still running. Cancel it and quit? Nothing from the unfinished import will be kept.</source>
        <translation>Импорт дагы эле жүрүп жатат. Аны жокко чыгарып, программадан чыгасызбы? Бүтпөгөн импорттон эч нерсе сакталбайт.</translation>
    </message>
    <message>
        <source>Did you mean {query}?</source>
        <translation>Балким, {query} деп издегиңиз келгендир?</translation>
    </message>
    <message numerus="yes">
        <source>Added %Ln stories to the basket</source>
        <translation>
            <numerusform>Себетке %Ln окуя кошулду</numerusform>
            <numerusform>Себетке %Ln окуя кошулду</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Delete…</source>
        <translation>Ө&amp;чүрүү…</translation>
    </message>
    <message>
        <source>Undo</source>
        <translation>Жокко чыгаруу</translation>
    </message>
    <message>
        <source>Stories are being deleted or put back; wait for it to finish.</source>
        <translation>Окуялар өчүрүлүп же кайтарылып жатат; бүтүшүн күтүңүз.</translation>
    </message>
    <message>
        <source>Deleted “{title}”.</source>
        <translation>«{title}» окуясы өчүрүлдү.</translation>
    </message>
    <message numerus="yes">
        <source>Deleted %Ln stories.</source>
        <translation>
            <numerusform>%Ln окуя өчүрүлдү.</numerusform>
            <numerusform>%Ln окуя өчүрүлдү.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Put back %Ln stories.</source>
        <translation>
            <numerusform>%Ln окуя кайтарылды.</numerusform>
            <numerusform>%Ln окуя кайтарылды.</numerusform>
        </translation>
    </message>
    <message>
        <source>A bundle is being written; wait for it to finish.</source>
        <translation>Окуялар топтому жазылууда; аяктаганын күтө туруңуз.</translation>
    </message>
    <message>
        <source>The bundle cannot be made now</source>
        <translation>Окуялар топтомун азыр түзүү мүмкүн эмес</translation>
    </message>
    <message numerus="yes">
        <source>Wrote the bundle {path} with %Ln stories</source>
        <translation>
            <numerusform>Окуялар топтому жазылды: {path} (%Ln окуя)</numerusform>
            <numerusform>Окуялар топтому жазылды: {path} (%Ln окуя)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Restored %Ln stories from the backup; the previous catalogue is kept in {folder}</source>
        <translation>
            <numerusform>Камдык көчүрмөдөн %Ln окуя калыбына келтирилди; мурунку каталог {folder} папкасында сакталды</numerusform>
            <numerusform>Камдык көчүрмөдөн %Ln окуя калыбына келтирилди; мурунку каталог {folder} папкасында сакталды</numerusform>
        </translation>
    </message>
    <message>
        <source>Esc</source>
        <translation>Esc</translation>
    </message>
    <message>
        <source>In the search field: clear the search</source>
        <translation>Издөө талаасында: издөөнү тазалоо</translation>
    </message>
    <message>
        <source>Enter</source>
        <translation>Enter</translation>
    </message>
    <message>
        <source>In the filters: add or remove the value chosen</source>
        <translation>Чыпкаларда: тандалган маанини кошуу же алып салуу</translation>
    </message>
    <message>
        <source>Del</source>
        <translation>Del</translation>
    </message>
    <message>
        <source>In the results: delete the chosen stories</source>
        <translation>Натыйжаларда: тандалган окуяларды өчүрүү</translation>
    </message>
    <message>
        <source>In the basket: take the chosen stories out</source>
        <translation>Себетте: тандалган окуяларды себеттен алып салуу</translation>
    </message>
    <message>
        <source>Alt+Up, Alt+Down</source>
        <translation>Alt+Up, Alt+Down</translation>
    </message>
    <message>
        <source>In the basket: move the chosen story</source>
        <translation>Себетте: тандалган окуяны жылдыруу</translation>
    </message>
    <message>
        <source>Interface Language</source>
        <translation>Интерфейстин тили</translation>
    </message>
    <message>
        <source>The STORYDESK_LANG environment variable is set to {value}; it takes precedence over this choice. StoryDesk will speak {language} once it is started without it.</source>
        <translation>STORYDESK_LANG чөйрө өзгөрмөсүнүн мааниси — {value}; ал бул тандоодон үстөм турат. StoryDesk бул өзгөрмөсүз ачылганда, интерфейстин тили мындай болот: {language}.</translation>
    </message>
    <message>
        <source>The interface will change to {language} when StoryDesk restarts.</source>
        <translation>StoryDesk кайра ачылганда интерфейстин тили алмашат: {language}.</translation>
    </message>
    <message>
        <source>Restart Now</source>
        <translation>Азыр кайра ачуу</translation>
    </message>
    <message>
        <source>Later</source>
        <translation>Кийинчерээк</translation>
    </message>
    <message>
        <source>Shared Catalogue</source>
        <translation>Жалпы каталог</translation>
    </message>
    <message>
        <source>The STORYDESK_DATABASE_URL environment variable (or --database-url) names {url}; it takes precedence over this choice, which applies once StoryDesk is started without it.</source>
        <translation>STORYDESK_DATABASE_URL чөйрө өзгөрмөсү (же --database-url параметри) {url} дарегин көрсөтөт; ал бул тандоодон үстөм турат, ал эми бул тандоо StoryDesk аларсыз ачылганда күчүнө кирет.</translation>
    </message>
    <message>
        <source>StoryDesk opens {catalogue} when it restarts.</source>
        <translation>StoryDesk кайра ачылганда, төмөнкү каталогду ачат: {catalogue}.</translation>
    </message>
    <message>
        <source>this computer&apos;s catalogue ({folder})</source>
        <translation>бул компьютердин каталогу ({folder})</translation>
    </message>
    <message numerus="yes">
        <source>%Ln stories</source>
        <translation>
            <numerusform>%Ln окуя</numerusform>
            <numerusform>%Ln окуя</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln images</source>
        <translation>
            <numerusform>%Ln сүрөт</numerusform>
            <numerusform>%Ln сүрөт</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln partners</source>
        <translation>
            <numerusform>%Ln өнөктөш</numerusform>
            <numerusform>%Ln өнөктөш</numerusform>
        </translation>
    </message>
    <message>
        <source>A bundle is being previewed; import it or cancel first.</source>
        <translation>Окуялар топтому алдын ала каралып жатат; адегенде аны импорттоңуз же жокко чыгарыңыз.</translation>
    </message>
    <message>
        <source>The catalogue was changed elsewhere; the list is up to date.</source>
        <translation>Каталог башка жерде өзгөртүлдү; тизме жаңыртылды.</translation>
    </message>
    <message numerus="yes">
        <source>%n stories were changed elsewhere; the list is up to date.</source>
        <translation>
            <numerusform>%n окуя башка жерде өзгөртүлдү; тизме жаңыртылды.</numerusform>
            <numerusform>%n окуя башка жерде өзгөртүлдү; тизме жаңыртылды.</numerusform>
        </translation>
    </message>
    <message>
        <source>A briefing pack is being made; wait for it to finish.</source>
        <translation>Брифинг-пакет түзүлүүдө; аяктаганын күтө туруңуз.</translation>
    </message>
    <message>
        <source>&amp;Edit Story…</source>
        <translation>Окуяны &amp;түзөтүү…</translation>
    </message>
    <message>
        <source>Story &amp;History…</source>
        <translation>Өзгөртүүлөрдүн та&amp;рыхы…</translation>
    </message>
    <message>
        <source>Import &amp;Conflicts…</source>
        <translation>Импорттогу &amp;дал келбестиктер…</translation>
    </message>
    <message>
        <source>Saved “{title}”: {fields}</source>
        <translation>«{title}» окуясы сакталды: {fields}</translation>
    </message>
    <message>
        <source>A backup or restore is already running.</source>
        <translation>Камдык көчүрмө жасоо же калыбына келтирүү жүрүп жатат.</translation>
    </message>
    <message>
        <source>Wait for the import or backup to finish before restoring.</source>
        <translation>Калыбына келтирүүдөн мурун импорттун же камдык көчүрмөнүн аякташын күтүңүз.</translation>
    </message>
    <message>
        <source>An import is already running; wait for it to finish.</source>
        <translation>Импорт жүрүп жатат; аяктаганын күтө туруңуз.</translation>
    </message>
    <message>
        <source>Import Stories</source>
        <translation>Окуяларды импорттоо</translation>
    </message>
    <message>
        <source>Import a Folder of Stories</source>
        <translation>Окуялар папкасын импорттоо</translation>
    </message>
    <message>
        <source>Import Story Bundles</source>
        <translation>Окуялар топтомдорун импорттоо</translation>
    </message>
    <message>
        <source>Story bundles (*.storybundle *.zip)</source>
        <translation>Окуялар топтомдору (*.storybundle *.zip)</translation>
    </message>
    <message>
        <source>This installation has no sample bundle</source>
        <translation>Бул орнотууда үлгү окуялар топтому жок</translation>
    </message>
    <message>
        <source>Indexing…</source>
        <translation>Индекстелүүдө…</translation>
    </message>
</context>
<context>
    <name>Media</name>
    <message>
        <source>file is over the {limit} MB limit</source>
        <translation>файл {limit} МБ чегинен ашат</translation>
    </message>
    <message>
        <source>image is over the {limit} megapixel limit</source>
        <translation>сүрөт {limit} мегапиксел чегинен ашат</translation>
    </message>
    <message>
        <source>file is truncated or damaged</source>
        <translation>файл толук эмес же бузулган</translation>
    </message>
    <message>
        <source>image has no pixels</source>
        <translation>сүрөттө пикселдер жок</translation>
    </message>
    <message>
        <source>image is {width}×{height} pixels, over the {limit} megapixel limit</source>
        <translation>сүрөттүн өлчөмү {width}×{height} пиксел, бул {limit} мегапиксел чегинен ашат</translation>
    </message>
    <message>
        <source>format {format} is not accepted (JPEG, PNG, GIF or WebP only)</source>
        <translation>{format} форматы кабыл алынбайт (JPEG, PNG, GIF же WebP гана)</translation>
    </message>
    <message>
        <source>not an image</source>
        <translation>сүрөт эмес</translation>
    </message>
    <message>
        <source>file is empty</source>
        <translation>файл бош</translation>
    </message>
    <message>
        <source>file is {size:.1f} MB, over the {limit} MB limit</source>
        <translation>файлдын көлөмү {size:.1f} МБ, бул {limit} МБ чегинен ашат</translation>
    </message>
    <message>
        <source>media: removed {count} images no story uses from this machine&apos;s copies of the shared catalogue&apos;s images</source>
        <translation>медиа: бул компьютердеги жалпы каталогдун сүрөттөрүнүн көчүрмөлөрүнөн эч бир окуя колдонбогон {count} сүрөт өчүрүлдү</translation>
    </message>
    <message>
        <source>catalogue: image {name} uploaded to the shared catalogue from this machine&apos;s media folder</source>
        <translation>каталог: {name} сүрөтү бул компьютердин медиа папкасынан жалпы каталогго жүктөлдү</translation>
    </message>
    <message>
        <source>catalogue: image {name} is not in the shared catalogue, so other machines cannot show it; &apos;storydesk check --repair&apos; here uploads it from this machine&apos;s media folder</source>
        <translation>каталог: {name} сүрөтү жалпы каталогдо жок, ошондуктан башка компьютерлер аны көрсөтө албайт; бул жерде аткарылган «storydesk check --repair» буйругу аны бул компьютердин медиа папкасынан жалпы каталогго жүктөйт</translation>
    </message>
    <message>
        <source>catalogue: the shared catalogue&apos;s copy of image {name} is damaged (its bytes do not match its hash), so other machines cannot show it; &apos;storydesk check --repair&apos; here replaces it from this machine&apos;s media folder</source>
        <translation>каталог: жалпы каталогдогу {name} сүрөтүнүн көчүрмөсү бузулган (анын байттары текшерүү суммасына дал келбейт), ошондуктан башка компьютерлер аны көрсөтө албайт; бул жерде аткарылган «storydesk check --repair» буйругу аны бул компьютердин медиа папкасындагы көчүрмө менен алмаштырат</translation>
    </message>
    <message>
        <source>media: image {name} is missing: it is neither in this machine&apos;s media folder ({folder}) nor in the shared catalogue; run &apos;storydesk check --repair&apos; on the machine that imported its story</source>
        <translation>медиа: {name} сүрөтү жок: ал бул компьютердин медиа папкасында ({folder}) да, жалпы каталогдо да жок; «storydesk check --repair» буйругун анын окуясын импорттогон компьютерде аткарыңыз</translation>
    </message>
    <message>
        <source>media: image {name} is missing: it is not in this machine&apos;s media folder ({folder}) and the shared catalogue&apos;s copy is damaged (its bytes do not match its hash); run &apos;storydesk check --repair&apos; on a machine that has it</source>
        <translation>медиа: {name} сүрөтү жок: ал бул компьютердин медиа папкасында ({folder}) жок, ал эми жалпы каталогдогу көчүрмөсү бузулган (анын байттары текшерүү суммасына дал келбейт); «storydesk check --repair» буйругун бул сүрөт бар компьютерде аткарыңыз</translation>
    </message>
    <message>
        <source>media: image {name}: this machine&apos;s copy was damaged; a sound copy was fetched from the shared catalogue</source>
        <translation>медиа: {name} сүрөтү: бул компьютердеги көчүрмөсү бузулган эле; жалпы каталогдон бүтүн көчүрмөсү алынды</translation>
    </message>
    <message>
        <source>catalogue: removed the bytes of {count} images no story uses from the shared catalogue</source>
        <translation>каталог: жалпы каталогдон эч бир окуя колдонбогон {count} сүрөттүн байттары өчүрүлдү</translation>
    </message>
    <message>
        <source>catalogue: the shared catalogue holds {count} images ({size} bytes) no story uses; &apos;storydesk check --repair&apos; removes them</source>
        <translation>каталог: жалпы каталогдо эч бир окуя колдонбогон {count} сүрөт бар ({size} байт); «storydesk check --repair» буйругу аларды өчүрөт</translation>
    </message>
</context>
<context>
    <name>MergePartnerDialog</name>
    <message>
        <source>Merge Partners</source>
        <translation>Өнөктөштөрдү бириктирүү</translation>
    </message>
    <message>
        <source>The partner that stays</source>
        <translation>Кала турган өнөктөш</translation>
    </message>
    <message>
        <source>Merge</source>
        <translation>Бириктирүү</translation>
    </message>
    <message>
        <source>Merge {source} into:</source>
        <translation>{source} бириктириле турган өнөктөш:</translation>
    </message>
    <message numerus="yes">
        <source>Merge “{source}” into “{target}”? %Ln stories will name “{target}” instead, and the names of “{source}” become its aliases. This cannot be undone.</source>
        <translation>
            <numerusform>«{source}» өнөктөшүн «{target}» менен бириктиресизби? %Ln окуя мындан ары «{target}» деп көрсөтөт, ал эми «{source}» аталыштары анын башка аталыштары болуп калат. Муну жокко чыгарууга болбойт.</numerusform>
            <numerusform>«{source}» өнөктөшүн «{target}» менен бириктиресизби? %Ln окуя мындан ары «{target}» деп көрсөтөт, ал эми «{source}» аталыштары анын башка аталыштары болуп калат. Муну жокко чыгарууга болбойт.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>NameListEdit</name>
    <message>
        <source>Add to {field}</source>
        <translation>{field} тизмесине кошуу</translation>
    </message>
    <message>
        <source>Add</source>
        <translation>Кошуу</translation>
    </message>
    <message>
        <source>Add the name typed (Enter)</source>
        <translation>Терилген атты кошуу (Enter)</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Алып салуу</translation>
    </message>
    <message>
        <source>Remove the selected names (Delete)</source>
        <translation>Тандалган аттарды алып салуу (Delete)</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Жокко чыгаруу</translation>
    </message>
    <message>
        <source>“{name}” is not in the directory.</source>
        <translation>«{name}» маалымдамада жок.</translation>
    </message>
    <message>
        <source>New: added to the directory when you apply</source>
        <translation>Жаңы: «Колдонуу» баскычын басканда маалымдамага кошулат</translation>
    </message>
</context>
<context>
    <name>PackController</name>
    <message>
        <source>Writing the briefing pack…</source>
        <translation>Брифинг-пакет жазылууда…</translation>
    </message>
    <message>
        <source>Preparing the print preview…</source>
        <translation>Басып чыгарууга алдын ала көрүү даярдалууда…</translation>
    </message>
    <message>
        <source>The briefing pack was not made</source>
        <translation>Брифинг-пакет түзүлгөн жок</translation>
    </message>
</context>
<context>
    <name>PackDialog</name>
    <message>
        <source>Print Preview of Briefing Pack</source>
        <translation>Брифинг-пакетти басып чыгарууга алдын ала көрүү</translation>
    </message>
    <message>
        <source>Export Briefing Pack</source>
        <translation>Брифинг-пакетти экспорттоо</translation>
    </message>
    <message>
        <source>Stories</source>
        <translation>Окуялар</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Аталышы</translation>
    </message>
    <message>
        <source>Office or occasion</source>
        <translation>Кеңсе же иш-чара</translation>
    </message>
    <message>
        <source>e.g. UNDP Kyrgyzstan · Visit to Issyk-Kul</source>
        <translation>мис., БУУӨП Кыргызстан · Ысык-Көлгө сапар</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Күнү</translation>
    </message>
    <message>
        <source>Show a date on the cover</source>
        <translation>Мукабада күндү көрсөтүү</translation>
    </message>
    <message>
        <source>Introduction</source>
        <translation>Киришүү</translation>
    </message>
    <message>
        <source>Optional, for the cover. A blank line starts a new paragraph.</source>
        <translation>Милдеттүү эмес, мукаба үчүн. Бош сап жаңы абзацты баштайт.</translation>
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
        <translation>Кагаздын өлчөмү</translation>
    </message>
    <message>
        <source>Include each story&apos;s lead photo</source>
        <translation>Ар бир окуянын негизги сүрөтүн кошуу</translation>
    </message>
    <message>
        <source>Language of the pack&apos;s headings</source>
        <translation>Пакеттеги аталыштардын тили</translation>
    </message>
    <message>
        <source>Headings such as Contents and Key figures; stories are not translated.</source>
        <translation>«Мазмуну», «Негизги көрсөткүчтөр» сыяктуу аталыштар; окуялар которулбайт.</translation>
    </message>
    <message>
        <source>&amp;Title:</source>
        <translation>&amp;Аталышы:</translation>
    </message>
    <message>
        <source>&amp;Office or occasion:</source>
        <translation>&amp;Кеңсе же иш-чара:</translation>
    </message>
    <message>
        <source>&amp;Date:</source>
        <translation>Кү&amp;нү:</translation>
    </message>
    <message>
        <source>&amp;Introduction:</source>
        <translation>К&amp;иришүү:</translation>
    </message>
    <message>
        <source>&amp;Paper:</source>
        <translation>Ка&amp;газ:</translation>
    </message>
    <message>
        <source>P&amp;hotos:</source>
        <translation>&amp;Сүрөттөр:</translation>
    </message>
    <message>
        <source>Headin&amp;gs in:</source>
        <translation>Аталыштардын &amp;тили:</translation>
    </message>
    <message>
        <source>PDF, to print or attach</source>
        <translation>PDF — басып чыгаруу же тиркөө үчүн</translation>
    </message>
    <message>
        <source>HTML, one file to read on a phone</source>
        <translation>HTML — телефондон окуу үчүн бир файл</translation>
    </message>
    <message>
        <source>File format</source>
        <translation>Файлдын форматы</translation>
    </message>
    <message>
        <source>Save as</source>
        <translation>Сактоо жолу</translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation>Карап &amp;чыгуу…</translation>
    </message>
    <message>
        <source>Choose where to save the pack</source>
        <translation>Пакетти кайда сактоону тандаңыз</translation>
    </message>
    <message>
        <source>&amp;Format:</source>
        <translation>&amp;Формат:</translation>
    </message>
    <message>
        <source>&amp;Save as:</source>
        <translation>Сактоо &amp;жолу:</translation>
    </message>
    <message>
        <source>Preview…</source>
        <translation>Алдын ала көрүү…</translation>
    </message>
    <message>
        <source>Export</source>
        <translation>Экспорттоо</translation>
    </message>
    <message>
        <source>There are no stories to put in a pack: add some to the basket (Ctrl+B) or search for them first.</source>
        <translation>Пакетке сала турган окуя жок: адегенде окуяларды себетке кошуңуз (Ctrl+B) же аларды издеп табыңыз.</translation>
    </message>
    <message numerus="yes">
        <source>The %Ln stories in the bas&amp;ket, in its order</source>
        <translation>
            <numerusform>Се&amp;беттеги %Ln окуя, андагы тартип менен</numerusform>
            <numerusform>Се&amp;беттеги %Ln окуя, андагы тартип менен</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The %Ln stories of the &amp;collection “{name}”, in its order</source>
        <translation>
            <numerusform>«{name}» жы&amp;йнагындагы %Ln окуя, андагы тартип менен</numerusform>
            <numerusform>«{name}» жы&amp;йнагындагы %Ln окуя, андагы тартип менен</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The first {count} of the %Ln stories of the current &amp;results</source>
        <translation>
            <numerusform>&amp;Учурдагы натыйжалардагы %Ln окуядан алгачкы {count} окуя</numerusform>
            <numerusform>&amp;Учурдагы натыйжалардагы %Ln окуядан алгачкы {count} окуя</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The %Ln stories of the current &amp;results, in their order</source>
        <translation>
            <numerusform>&amp;Учурдагы натыйжалардагы %Ln окуя, көрсөтүлгөн тартип менен</numerusform>
            <numerusform>&amp;Учурдагы натыйжалардагы %Ln окуя, көрсөтүлгөн тартип менен</numerusform>
        </translation>
    </message>
    <message>
        <source>{path} is a folder; add a file name.</source>
        <translation>{path} — папка; файлдын атын кошуңуз.</translation>
    </message>
    <message>
        <source>The folder {folder} does not exist.</source>
        <translation>{folder} папкасы жок.</translation>
    </message>
    <message>
        <source>{file} already exists. Replace it?</source>
        <translation>{file} мурунтан эле бар. Аны алмаштырасызбы?</translation>
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
        <translation>Брифинг-пакетти сактоо</translation>
    </message>
    <message>
        <source>There are no stories to put in a pack.</source>
        <translation>Пакетке сала турган окуя жок.</translation>
    </message>
    <message>
        <source>Choose where to save the pack.</source>
        <translation>Пакетти кайда сактоону тандаңыз.</translation>
    </message>
    <message>
        <source>Replace File?</source>
        <translation>Файлды алмаштырасызбы?</translation>
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
        <translation>Брифинг-пакетти түзүүнүн жүрүшү</translation>
    </message>
    <message>
        <source>Cancel the briefing pack</source>
        <translation>Брифинг-пакетти жокко чыгаруу</translation>
    </message>
    <message>
        <source>Cancelling… nothing will be written.</source>
        <translation>Жокко чыгарылууда… эч нерсе жазылбайт.</translation>
    </message>
    <message>
        <source>Preparing story {number} of {count}: {title}</source>
        <translation>Окуя даярдалууда ({number} / {count}): {title}</translation>
    </message>
    <message>
        <source>Writing story {number} of {count}: {title}</source>
        <translation>Окуя жазылууда ({number} / {count}): {title}</translation>
    </message>
</context>
<context>
    <name>Packs</name>
    <message>
        <source>The briefing pack could not be printed</source>
        <translation>Брифинг-пакетти басып чыгаруу мүмкүн болгон жок</translation>
    </message>
    <message>
        <source>Print Preview — {title}</source>
        <translation>Басып чыгарууга алдын ала көрүү — {title}</translation>
    </message>
    <message>
        <source>a briefing pack is written as {formats}, not &apos;{format}&apos;</source>
        <translation>брифинг-пакет «{format}» эмес, {formats} форматында жазылат</translation>
    </message>
    <message>
        <source>{first} or {second}</source>
        <translation>{first} же {second}</translation>
    </message>
    <message>
        <source>the briefing pack</source>
        <translation>брифинг-пакетти түзүү</translation>
    </message>
    <message>
        <source>paper must be one of {papers}, not &apos;{paper}&apos;</source>
        <translation>кагаз «{paper}» эмес, төмөнкүлөрдүн бири болушу керек: {papers}</translation>
    </message>
    <message>
        <source>a briefing pack needs at least one story</source>
        <translation>брифинг-пакетке жок дегенде бир окуя керек</translation>
    </message>
    <message>
        <source>{path}: the folder {folder} does not exist</source>
        <translation>{path}: {folder} папкасы жок</translation>
    </message>
    <message>
        <source>cannot start painting the briefing pack (is the output writable?)</source>
        <translation>брифинг-пакетти түзүүнү баштоо мүмкүн эмес (сактала турган жерге жазууга болобу?)</translation>
    </message>
    <message>
        <source>cannot add a page to the briefing pack</source>
        <translation>брифинг-пакетке бет кошуу мүмкүн эмес</translation>
    </message>
</context>
<context>
    <name>PlatformCheck</name>
    <message>
        <source>StoryDesk cannot open its window: this system lacks {libraries}. Install them with: sudo apt-get install {packages}</source>
        <translation>StoryDesk терезесин ача албайт: системада {libraries} жок. Аларды бул буйрук менен орнотуңуз: sudo apt-get install {packages}</translation>
    </message>
    <message>
        <source>StoryDesk cannot open its window: this system lacks {libraries}. Install the packages that provide them (on Debian and Ubuntu: {packages}).</source>
        <translation>StoryDesk терезесин ача албайт: системада {libraries} жок. Аларды камтыган пакеттерди орнотуңуз (Debian жана Ubuntu&apos;да: {packages}).</translation>
    </message>
    <message>
        <source>StoryDesk cannot open its window: its own Qt libraries are incomplete ({libraries} not found for {plugin}); install StoryDesk again.</source>
        <translation>StoryDesk терезесин ача албайт: өзүнүн Qt китепканалары толук эмес ({plugin} үчүн {libraries} табылган жок); StoryDesk&apos;ти кайра орнотуңуз.</translation>
    </message>
    <message>
        <source>StoryDesk cannot open its window: Qt&apos;s display plugin {plugin} does not load ({error}).</source>
        <translation>StoryDesk терезесин ача албайт: Qt экран модулу {plugin} жүктөлбөйт ({error}).</translation>
    </message>
    <message>
        <source>StoryDesk cannot open its window: there is no display (DISPLAY is not set); run it in a desktop session, or set QT_QPA_PLATFORM=offscreen for a check.</source>
        <translation>StoryDesk терезесин ача албайт: экран жок (DISPLAY коюлган эмес); программаны иш столунун сеансында иштетиңиз же текшерүү үчүн QT_QPA_PLATFORM=offscreen коюңуз.</translation>
    </message>
</context>
<context>
    <name>PreviewController</name>
    <message>
        <source>The bundle could not be checked</source>
        <translation>Окуялар топтомун текшерүү мүмкүн болгон жок</translation>
    </message>
</context>
<context>
    <name>PreviewProgressDialog</name>
    <message>
        <source>Checking the Bundle</source>
        <translation>Окуялар топтомун текшерүү</translation>
    </message>
    <message>
        <source>Checking what the import would do…</source>
        <translation>Импорттун натыйжасы текшерилүүдө…</translation>
    </message>
    <message>
        <source>Preview progress</source>
        <translation>Алдын ала көрүүнүн жүрүшү</translation>
    </message>
    <message>
        <source>Cancel the preview</source>
        <translation>Алдын ала көрүүнү жокко чыгаруу</translation>
    </message>
    <message>
        <source>Cancelling… nothing will be imported.</source>
        <translation>Жокко чыгарылууда… эч нерсе импорттолбойт.</translation>
    </message>
    <message>
        <source>Checking {number} of {count}…</source>
        <translation>Текшерилүүдө: {number} / {count}…</translation>
    </message>
</context>
<context>
    <name>PublishersDialog</name>
    <message>
        <source>Publishers</source>
        <translation>Басып чыгаруучулар</translation>
    </message>
    <message>
        <source>Bundles signed with a trusted key may update the stories they brought and withdraw them. Compare a key&apos;s fingerprint with its publisher, by phone, before you trust it.</source>
        <translation>Ишенимдүү ачкыч менен кол коюлган окуялар топтомдору өздөрү алып келген окуяларды жаңырта жана кайтарып ала алат. Ачкычка ишенүүдөн мурун анын манжа изин басып чыгаруучу менен телефон аркылуу салыштырыңыз.</translation>
    </message>
    <message>
        <source>Publisher keys</source>
        <translation>Басып чыгаруучулардын ачкычтары</translation>
    </message>
    <message>
        <source>Publisher</source>
        <translation>Басып чыгаруучу</translation>
    </message>
    <message>
        <source>Fingerprint</source>
        <translation>Манжа изи</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Абалы</translation>
    </message>
    <message>
        <source>Reading the keys…</source>
        <translation>Ачкычтар окулууда…</translation>
    </message>
    <message>
        <source>&amp;Generate My Key…</source>
        <translation>Өз ачкычымды &amp;түзүү…</translation>
    </message>
    <message>
        <source>Make this catalogue&apos;s publisher key, to sign its bundles</source>
        <translation>Бул каталогдун окуялар топтомдоруна кол коюу үчүн анын басып чыгаруучу ачкычын түзүү</translation>
    </message>
    <message>
        <source>&amp;Export My Key…</source>
        <translation>Өз ачкычымды &amp;экспорттоо…</translation>
    </message>
    <message>
        <source>Save this catalogue&apos;s public key as a file to give to the offices</source>
        <translation>Кеңселерге берүү үчүн бул каталогдун ачык ачкычын файл катары сактоо</translation>
    </message>
    <message>
        <source>Trust Key &amp;File…</source>
        <translation>Ачкыч &amp;файлына ишенүү…</translation>
    </message>
    <message>
        <source>Trust a publisher&apos;s key from a key file</source>
        <translation>Басып чыгаруучунун ачкычын ачкыч файлынан алып, ага ишенүү</translation>
    </message>
    <message>
        <source>&amp;Trust…</source>
        <translation>&amp;Ишенүү…</translation>
    </message>
    <message>
        <source>Trust the chosen key, met in a bundle, after comparing its fingerprint</source>
        <translation>Окуялар топтомунда кездешкен тандалган ачкычка анын манжа изин салыштыргандан кийин ишенүү</translation>
    </message>
    <message>
        <source>&amp;Revoke…</source>
        <translation>&amp;Кайтарып алуу…</translation>
    </message>
    <message>
        <source>Refuse the chosen key&apos;s bundles from now on</source>
        <translation>Мындан ары тандалган ачкычтын окуялар топтомдорун четке кагуу</translation>
    </message>
    <message>
        <source>This catalogue&apos;s key (signs its bundles)</source>
        <translation>Бул каталогдун ачкычы (анын окуялар топтомдоруна кол коёт)</translation>
    </message>
    <message>
        <source>Trusted</source>
        <translation>Ишенимдүү</translation>
    </message>
    <message>
        <source>Trusted (shipped with this StoryDesk)</source>
        <translation>Ишенимдүү (ушул StoryDesk менен кошо келген)</translation>
    </message>
    <message>
        <source>Not trusted (met in a bundle)</source>
        <translation>Ишенимдүү эмес (окуялар топтомунда кездешкен)</translation>
    </message>
    <message>
        <source>Revoked</source>
        <translation>Кайтарылган</translation>
    </message>
    <message>
        <source>No publisher keys yet: generate this catalogue&apos;s, or trust a key file.</source>
        <translation>Басып чыгаруучулардын ачкычтары азырынча жок: бул каталогдун ачкычын түзүңүз же ачкыч файлына ишениңиз.</translation>
    </message>
    <message>
        <source>Generate My Key</source>
        <translation>Өз ачкычымды түзүү</translation>
    </message>
    <message>
        <source>The publisher&apos;s name, as the offices will see it on your bundles (for example your organisation and country office):</source>
        <translation>Басып чыгаруучунун аты, кеңселер аны сиздин окуялар топтомдоруңузда ушундай көрөт (мисалы, уюмуңуздун жана өлкөдөгү кеңсеңиздин аты):</translation>
    </message>
    <message>
        <source>Generate</source>
        <translation>Түзүү</translation>
    </message>
    <message>
        <source>Export My Key</source>
        <translation>Өз ачкычымды экспорттоо</translation>
    </message>
    <message>
        <source>Publisher keys (*.storykey)</source>
        <translation>Басып чыгаруучулардын ачкычтары (*.storykey)</translation>
    </message>
    <message>
        <source>Trust Key File</source>
        <translation>Ачкыч файлына ишенүү</translation>
    </message>
    <message>
        <source>Publisher keys (*.storykey);;All files (*)</source>
        <translation>Басып чыгаруучулардын ачкычтары (*.storykey);;Бардык файлдар (*)</translation>
    </message>
    <message>
        <source>Trust the key of “{publisher}”?</source>
        <translation>«{publisher}» ачкычына ишенесизби?</translation>
    </message>
    <message>
        <source>Fingerprint: {fingerprint}

Compare it with the fingerprint the publisher gives you, by phone or in person, not in the bundle&apos;s own channel. A bundle signed with a trusted key may update the stories it brought and withdraw them.</source>
        <translation>Манжа изи: {fingerprint}

Аны басып чыгаруучу сизге телефон аркылуу же жеке өзү берген манжа изи менен салыштырыңыз, окуялар топтому келген канал аркылуу эмес. Ишенимдүү ачкыч менен кол коюлган окуялар топтому өзү алып келген окуяларды жаңырта жана кайтарып ала алат.</translation>
    </message>
    <message>
        <source>Trust</source>
        <translation>Ишенүү</translation>
    </message>
    <message>
        <source>Bundles signed with this key are refused here from now on, and a revoked key cannot be trusted again. The stories it brought stay in the catalogue.</source>
        <translation>Мындан ары бул ачкыч менен кол коюлган окуялар топтомдору бул жерде четке кагылат, ал эми кайтарылган ачкычка кайра ишенүүгө болбойт. Ал алып келген окуялар каталогдо калат.</translation>
    </message>
    <message>
        <source>Its private half is deleted: your bundles are no longer signed until you generate a new key, which the offices must trust anew.</source>
        <translation>Анын жабык бөлүгү өчүрүлөт: жаңы ачкыч түзмөйүнчө сиздин окуялар топтомдоруңузга кол коюлбайт, ал эми жаңы ачкычка кеңселер кайрадан ишениши керек.</translation>
    </message>
    <message>
        <source>Revoke the key of “{publisher}” ({fingerprint})?</source>
        <translation>«{publisher}» ачкычын ({fingerprint}) кайтарып аласызбы?</translation>
    </message>
    <message>
        <source>Revoke</source>
        <translation>Кайтарып алуу</translation>
    </message>
    <message>
        <source>{what}. {reason}</source>
        <translation>{what}. {reason}</translation>
    </message>
    <message>
        <source>Made the publisher key of “{publisher}”. Fingerprint: {fingerprint}. Its private half stays in this data folder.</source>
        <translation>«{publisher}» басып чыгаруучусунун ачкычы түзүлдү. Манжа изи: {fingerprint}. Анын жабык бөлүгү ушул маалымат папкасында сакталат.</translation>
    </message>
    <message>
        <source>No key was made</source>
        <translation>Ачкыч түзүлгөн жок</translation>
    </message>
    <message>
        <source>Saved the public key of “{publisher}” as {path}. Tell the offices its fingerprint, so that they can compare it: {fingerprint}</source>
        <translation>«{publisher}» ачык ачкычы {path} файлы катары сакталды. Кеңселер салыштыра алышы үчүн аларга анын манжа изин айтыңыз: {fingerprint}</translation>
    </message>
    <message>
        <source>The key was not saved</source>
        <translation>Ачкыч сакталган жок</translation>
    </message>
    <message>
        <source>Trusted the key of “{publisher}”.</source>
        <translation>«{publisher}» ачкычы ишенимдүү деп белгиленди.</translation>
    </message>
    <message>
        <source>Fingerprint: {fingerprint}

Compare it with the fingerprint the publisher gives you, by phone or in person. If they differ, revoke this key.</source>
        <translation>Манжа изи: {fingerprint}

Аны басып чыгаруучу сизге телефон аркылуу же жеке өзү берген манжа изи менен салыштырыңыз. Эгер алар айырмаланса, бул ачкычты кайтарып алыңыз.</translation>
    </message>
    <message>
        <source>The key was not trusted</source>
        <translation>Ачкыч ишенимдүү деп белгиленген жок</translation>
    </message>
    <message>
        <source>Trusted the key of “{publisher}” ({fingerprint}).</source>
        <translation>«{publisher}» ачкычы ({fingerprint}) ишенимдүү деп белгиленди.</translation>
    </message>
    <message>
        <source>Revoked the key of “{publisher}” ({fingerprint}): its bundles are refused here.</source>
        <translation>«{publisher}» ачкычы ({fingerprint}) кайтарылып алынды: анын окуялар топтомдору бул жерде четке кагылат.</translation>
    </message>
    <message>
        <source>The key was not revoked</source>
        <translation>Ачкыч кайтарылып алынган жок</translation>
    </message>
</context>
<context>
    <name>ReadingPane</name>
    <message>
        <source>No story selected</source>
        <translation>Окуя тандалган жок</translation>
    </message>
    <message>
        <source>Add to Basket</source>
        <translation>Себетке кошуу</translation>
    </message>
    <message>
        <source>Add this story to the briefing basket</source>
        <translation>Бул окуяны брифинг себетине кошуу</translation>
    </message>
    <message>
        <source>Copy Source Link</source>
        <translation>Булак шилтемесин көчүрүү</translation>
    </message>
    <message>
        <source>Copy the story&apos;s source link</source>
        <translation>Окуянын булак шилтемесин көчүрүү</translation>
    </message>
    <message>
        <source>Edit</source>
        <translation>Түзөтүү</translation>
    </message>
    <message>
        <source>Edit the story&apos;s title, date, partners, goals… (F2)</source>
        <translation>Окуянын аталышын, күнүн, өнөктөштөрүн, максаттарын… түзөтүү (F2)</translation>
    </message>
    <message>
        <source>Edit this story</source>
        <translation>Бул окуяны түзөтүү</translation>
    </message>
    <message>
        <source>Story text</source>
        <translation>Окуянын тексти</translation>
    </message>
    <message>
        <source>Choose a story in the list to read it here.</source>
        <translation>Бул жерде окуу үчүн тизмеден окуяны тандаңыз.</translation>
    </message>
    <message>
        <source>This story could not be shown. {reason}</source>
        <translation>Бул окуяны көрсөтүү мүмкүн болгон жок. {reason}</translation>
    </message>
    <message>
        <source>Source link copied: {url}</source>
        <translation>Булак шилтемеси көчүрүлдү: {url}</translation>
    </message>
    <message>
        <source>Link copied: {url}</source>
        <translation>Шилтеме көчүрүлдү: {url}</translation>
    </message>
    <message>
        <source>Copy Link Address</source>
        <translation>Шилтеменин дарегин көчүрүү</translation>
    </message>
    <message>
        <source>Print Story</source>
        <translation>Окуяны басып чыгаруу</translation>
    </message>
</context>
<context>
    <name>RestoreDialog</name>
    <message>
        <source>Restore from Backup</source>
        <translation>Камдык көчүрмөдөн калыбына келтирүү</translation>
    </message>
    <message>
        <source>Choose a backup to put in place of the catalogue. The current catalogue is not deleted: it is kept aside in the backups folder.</source>
        <translation>Каталогдун ордуна коюла турган камдык көчүрмөнү тандаңыз. Учурдагы каталог өчүрүлбөйт: ал камдык көчүрмөлөр папкасында өзүнчө сакталат.</translation>
    </message>
    <message>
        <source>Backups</source>
        <translation>Камдык көчүрмөлөр</translation>
    </message>
    <message>
        <source>Taken</source>
        <translation>Жасалган убакыт</translation>
    </message>
    <message>
        <source>Stories</source>
        <translation>Окуялар</translation>
    </message>
    <message>
        <source>Why</source>
        <translation>Себеби</translation>
    </message>
    <message>
        <source>Reading the backups…</source>
        <translation>Камдык көчүрмөлөр окулууда…</translation>
    </message>
    <message>
        <source>Restore</source>
        <translation>Калыбына келтирүү</translation>
    </message>
    <message>
        <source>made with Back Up Now</source>
        <translation>«Камдык көчүрмө жасоо» менен жасалган</translation>
    </message>
    <message>
        <source>daily backup</source>
        <translation>күнүмдүк камдык көчүрмө</translation>
    </message>
    <message>
        <source>before a change to many stories</source>
        <translation>көп окуяны өзгөртүүдөн мурун</translation>
    </message>
    <message>
        <source>unreadable</source>
        <translation>окулбайт</translation>
    </message>
    <message>
        <source>before upgrading the catalogue</source>
        <translation>каталогду жаңыртуудан мурун</translation>
    </message>
    <message>
        <source>There are no backups yet.</source>
        <translation>Азырынча камдык көчүрмөлөр жок.</translation>
    </message>
</context>
<context>
    <name>SdgGoals</name>
    <message>
        <source>No Poverty</source>
        <translation>Жакырчылыкты жоюу</translation>
    </message>
    <message>
        <source>Zero Hunger</source>
        <translation>Ачарчылыкты жоюу</translation>
    </message>
    <message>
        <source>Good Health and Well-being</source>
        <translation>Жакшы ден соолук жана бакубаттуулук</translation>
    </message>
    <message>
        <source>Quality Education</source>
        <translation>Сапаттуу билим берүү</translation>
    </message>
    <message>
        <source>Gender Equality</source>
        <translation>Гендердик теңчилик</translation>
    </message>
    <message>
        <source>Clean Water and Sanitation</source>
        <translation>Таза суу жана санитария</translation>
    </message>
    <message>
        <source>Affordable and Clean Energy</source>
        <translation>Жеткиликтүү жана таза энергия</translation>
    </message>
    <message>
        <source>Decent Work and Economic Growth</source>
        <translation>Татыктуу эмгек жана экономикалык өсүш</translation>
    </message>
    <message>
        <source>Industry, Innovation and Infrastructure</source>
        <translation>Өнөр жай, инновациялар жана инфраструктура</translation>
    </message>
    <message>
        <source>Reduced Inequalities</source>
        <translation>Теңсиздикти азайтуу</translation>
    </message>
    <message>
        <source>Sustainable Cities and Communities</source>
        <translation>Туруктуу шаарлар жана калктуу конуштар</translation>
    </message>
    <message>
        <source>Responsible Consumption and Production</source>
        <translation>Жоопкерчиликтүү керектөө жана өндүрүш</translation>
    </message>
    <message>
        <source>Climate Action</source>
        <translation>Климаттын өзгөрүшүнө каршы аракеттер</translation>
    </message>
    <message>
        <source>Life Below Water</source>
        <translation>Суу астындагы жашоо</translation>
    </message>
    <message>
        <source>Life on Land</source>
        <translation>Кургактагы жашоо</translation>
    </message>
    <message>
        <source>Peace, Justice and Strong Institutions</source>
        <translation>Тынчтык, адилеттүүлүк жана күчтүү институттар</translation>
    </message>
    <message>
        <source>Partnerships for the Goals</source>
        <translation>Максаттар үчүн өнөктөштүк</translation>
    </message>
</context>
<context>
    <name>Search</name>
    <message>
        <source>Rebuilding the search index</source>
        <translation>Издөө индексин кайра түзүү</translation>
    </message>
    <message>
        <source>Waiting for another StoryDesk process to finish rebuilding the search index</source>
        <translation>Күтүү: StoryDesk&apos;тин башка процесси издөө индексин кайра түзүп жатат</translation>
    </message>
    <message>
        <source>the search process stopped and could not be restarted</source>
        <translation>издөө процесси токтоп калды жана аны кайра иштетүү мүмкүн болгон жок</translation>
    </message>
</context>
<context>
    <name>SearchController</name>
    <message>
        <source>Searches run in the window&apos;s process; typing may pause while they run.</source>
        <translation>Издөө терезенин процессинде аткарылат; терип жатканда тыныгуулар болушу мүмкүн.</translation>
    </message>
    <message>
        <source>No stories match. Try other words, or remove a filter.</source>
        <translation>Эч бир окуя табылган жок. Башка сөздөрдү колдонуп көрүңүз же чыпканы алып салыңыз.</translation>
    </message>
    <message numerus="yes">
        <source>%Ln stories found</source>
        <translation>
            <numerusform>%Ln окуя табылды</numerusform>
            <numerusform>%Ln окуя табылды</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>All %Ln stories, newest first</source>
        <translation>
            <numerusform>Бардыгы %Ln окуя, адегенде жаңылары</numerusform>
            <numerusform>Бардыгы %Ln окуя, адегенде жаңылары</numerusform>
        </translation>
    </message>
    <message>
        <source>This search cannot be run: {reason}</source>
        <translation>Бул издөөнү аткаруу мүмкүн эмес: {reason}</translation>
    </message>
    <message numerus="yes">
        <source>%Ln stories still being indexed</source>
        <translation>
            <numerusform>%Ln окуя дагы эле индекстелүүдө</numerusform>
            <numerusform>%Ln окуя дагы эле индекстелүүдө</numerusform>
        </translation>
    </message>
    <message>
        <source>The search failed; the details are in the log file.</source>
        <translation>Издөө ишке ашкан жок; чоо-жайы журнал файлында.</translation>
    </message>
</context>
<context>
    <name>SearchHelpDialog</name>
    <message>
        <source>Search Help</source>
        <translation>Издөө боюнча жардам</translation>
    </message>
    <message>
        <source>How to search</source>
        <translation>Кантип издөө керек</translation>
    </message>
    <message>
        <source>The search help is not installed.</source>
        <translation>Издөө боюнча жардам орнотулган эмес.</translation>
    </message>
</context>
<context>
    <name>SharedCatalogueDialog</name>
    <message>
        <source>Shared Catalogue</source>
        <translation>Жалпы каталог</translation>
    </message>
    <message>
        <source>A headquarters team can keep one catalogue on a PostgreSQL server. Give its address; keep the password out of it (in the PostgreSQL password file). This computer&apos;s data folder then keeps its search index and images.</source>
        <translation>Башкы кеңсенин командасы бир каталогду PostgreSQL серверинде сактай алат. Анын дарегин көрсөтүңүз; сырсөздү дарекке кошпоңуз (аны PostgreSQL сырсөздөр файлында сактаңыз). Ошондо бул компьютердин маалымат папкасында анын издөө индекси жана сүрөттөрү сакталат.</translation>
    </message>
    <message>
        <source>postgresql+psycopg://user@server/storydesk</source>
        <translation>postgresql+psycopg://user@server/storydesk</translation>
    </message>
    <message>
        <source>Shared catalogue address</source>
        <translation>Жалпы каталогдун дареги</translation>
    </message>
    <message>
        <source>&amp;Try It</source>
        <translation>&amp;Текшерип көрүү</translation>
    </message>
    <message>
        <source>Connect and count the catalogue&apos;s stories</source>
        <translation>Туташып, каталогдогу окуяларды саноо</translation>
    </message>
    <message>
        <source>Use This Catalogue</source>
        <translation>Бул каталогду колдонуу</translation>
    </message>
    <message>
        <source>Use This Computer&apos;s Catalogue</source>
        <translation>Бул компьютердин каталогун колдонуу</translation>
    </message>
    <message>
        <source>Connecting…</source>
        <translation>Туташууда…</translation>
    </message>
    <message>
        <source>Connected. The database is empty: StoryDesk makes the catalogue there when it opens it.</source>
        <translation>Туташты. Маалымат базасы бош: StoryDesk аны ачканда, каталогду ошол жерде түзөт.</translation>
    </message>
    <message numerus="yes">
        <source>Connected: the catalogue holds %Ln stories.</source>
        <translation>
            <numerusform>Туташты: каталогдо %Ln окуя бар.</numerusform>
            <numerusform>Туташты: каталогдо %Ln окуя бар.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ShortcutsDialog</name>
    <message>
        <source>Keyboard Shortcuts</source>
        <translation>Ыкчам баскычтар</translation>
    </message>
    <message>
        <source>Keyboard shortcuts</source>
        <translation>Ыкчам баскычтар</translation>
    </message>
    <message>
        <source>Keys</source>
        <translation>Баскычтар</translation>
    </message>
    <message>
        <source>What they do</source>
        <translation>Эмне кылат</translation>
    </message>
</context>
<context>
    <name>Storage</name>
    <message>
        <source>{path}: the data folder is read-only; StoryDesk can show and search it but not change it</source>
        <translation>{path}: маалымат папкасы окуу үчүн гана; StoryDesk аны көрсөтүп, андан издей алат, бирок өзгөртө албайт</translation>
    </message>
    <message>
        <source>the disk is full; free some space and try again</source>
        <translation>диск толуп калды; бир аз орун бошотуп, кайра аракет кылыңыз</translation>
    </message>
    <message>
        <source>the disk reported an input/output error (was a USB drive removed?)</source>
        <translation>диск киргизүү/чыгаруу катасын билдирди (USB диск ажыратылдыбы?)</translation>
    </message>
    <message>
        <source>a file grew past the size the system allows (is the disk full?)</source>
        <translation>файл система уруксат берген өлчөмдөн чоңоюп кетти (диск толуп калдыбы?)</translation>
    </message>
    <message>
        <source>the disk is read-only</source>
        <translation>диск окуу үчүн гана</translation>
    </message>
    <message>
        <source>permission denied</source>
        <translation>уруксат жок</translation>
    </message>
    <message>
        <source>your disk quota is used up; free some space and try again</source>
        <translation>диск квотаңыз түгөндү; бир аз орун бошотуп, кайра аракет кылыңыз</translation>
    </message>
    <message>
        <source>the catalogue is busy: another StoryDesk is writing to it; try again when it has finished</source>
        <translation>каталог учурда колдонулууда: башка StoryDesk ага жазып жатат; ал аяктагандан кийин кайра аракет кылыңыз</translation>
    </message>
    <message>
        <source>the catalogue file cannot be opened (the folder is missing, not readable, or on a disk that was removed)</source>
        <translation>каталог файлын ачуу мүмкүн эмес (папка жок, окулбайт же ажыратылган дискте турат)</translation>
    </message>
    <message>
        <source>the catalogue cannot be changed: the data folder is read-only</source>
        <translation>каталогду өзгөртүү мүмкүн эмес: маалымат папкасы окуу үчүн гана</translation>
    </message>
    <message>
        <source>the catalogue is damaged ({detail})</source>
        <translation>каталог бузулган ({detail})</translation>
    </message>
    <message>
        <source>{path}: {reason}</source>
        <translation>{path}: {reason}</translation>
    </message>
    <message>
        <source>{path}: the data folder is read-only; StoryDesk shows and searches the shared catalogue but cannot change it, and searches use the search index as it stands</source>
        <translation>{path}: маалымат папкасы окуу үчүн гана; StoryDesk жалпы каталогду көрсөтүп, андан издейт, бирок аны өзгөртө албайт, ал эми издөөлөр издөө индексин азыркы абалында колдонот</translation>
    </message>
    <message>
        <source>{path}: the data folder does not exist and cannot be created (the disk or its parent folder is read-only)</source>
        <translation>{path}: маалымат папкасы жок жана аны түзүү мүмкүн эмес (диск же анын жогорку папкасы окуу үчүн гана)</translation>
    </message>
    <message>
        <source>{reason}; the catalogue is open for reading only, and searches use the search index as it stands</source>
        <translation>{reason}; каталог окуу үчүн гана ачык, издөөлөр издөө индексин азыркы абалында колдонот</translation>
    </message>
    <message>
        <source>{path}: the data folder is read-only; StoryDesk shows and searches it but cannot change it, and searches use the search index as it stands</source>
        <translation>{path}: маалымат папкасы окуу үчүн гана; StoryDesk аны көрсөтүп, андан издейт, бирок өзгөртө албайт, ал эми издөөлөр издөө индексин азыркы абалында колдонот</translation>
    </message>
    <message>
        <source>{reason}; nothing was changed</source>
        <translation>{reason}; эч нерсе өзгөртүлгөн жок</translation>
    </message>
    <message>
        <source>{error} — the catalogue kept all {count} changed stories, but the search index could not be updated; run &apos;storydesk reindex&apos; when there is room</source>
        <translation>{error} — каталог өзгөртүлгөн {count} окуянын баарын сактап калды, бирок издөө индексин жаңыртуу мүмкүн болгон жок; орун бошогондо «storydesk reindex» буйругун аткарыңыз</translation>
    </message>
    <message>
        <source>the deleted stories cannot be put back: a story with the same id or source was imported since; nothing was changed</source>
        <translation>өчүрүлгөн окуяларды кайтаруу мүмкүн эмес: ошондон бери ушундай идентификатору же булагы бар окуя импорттолду; эч нерсе өзгөргөн жок</translation>
    </message>
    <message>
        <source>{path}: the data folder is read-only; no backup can be written there</source>
        <translation>{path}: маалымат папкасы окуу үчүн гана; ага камдык көчүрмө жазуу мүмкүн эмес</translation>
    </message>
    <message>
        <source>{path}: the data folder is inside a cloud-sync folder ({folder}); syncing can damage or fork the catalogue: keep it on a local folder and back up with &apos;storydesk backup&apos;</source>
        <translation>{path}: маалымат папкасы булут менен шайкештештирилүүчү папканын ичинде ({folder}); шайкештештирүү каталогду бузуп же эки нускага бөлүп жибериши мүмкүн: аны жергиликтүү папкада сактап, камдык көчүрмөнү «storydesk backup» буйругу менен жасаңыз</translation>
    </message>
    <message>
        <source>a network share</source>
        <translation>тармактык жалпы папка</translation>
    </message>
    <message>
        <source>a network drive</source>
        <translation>тармактык диск</translation>
    </message>
    <message>
        <source>a network or user-space file system ({type})</source>
        <translation>тармактык же колдонуучу мейкиндигиндеги файл системасы ({type})</translation>
    </message>
    <message>
        <source>{path}: the data folder is on {kind}; SQLite&apos;s locks are unreliable there and the catalogue can be damaged: keep it on a local disk</source>
        <translation>{path}: маалымат папкасы {kind} ичинде жайгашкан; ал жерде SQLite кулпулары ишенимсиз жана каталог бузулушу мүмкүн: аны жергиликтүү дискте сактаңыз</translation>
    </message>
</context>
<context>
    <name>StoryBrowser</name>
    <message>
        <source>Copy Link Address</source>
        <translation>Шилтеменин дарегин көчүрүү</translation>
    </message>
</context>
<context>
    <name>StoryCommand</name>
    <message>
        <source>The change could not be undone</source>
        <translation>Өзгөртүүнү артка кайтаруу мүмкүн болгон жок</translation>
    </message>
    <message>
        <source>The change could not be made again</source>
        <translation>Өзгөртүүнү кайталоо мүмкүн болгон жок</translation>
    </message>
</context>
<context>
    <name>StoryEditForm</name>
    <message>
        <source>Undated</source>
        <translation>Датасыз</translation>
    </message>
    <message>
        <source>https://…</source>
        <translation>https://…</translation>
    </message>
    <message>
        <source>Apply</source>
        <translation>Колдонуу</translation>
    </message>
    <message>
        <source>Save the changes (Ctrl+Return)</source>
        <translation>Өзгөртүүлөрдү сактоо (Ctrl+Return)</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Жокко чыгаруу</translation>
    </message>
    <message>
        <source>History…</source>
        <translation>Өзгөртүүлөрдүн тарыхы…</translation>
    </message>
    <message>
        <source>Edit Story</source>
        <translation>Окуяны түзөтүү</translation>
    </message>
    <message>
        <source>Not known</source>
        <translation>Белгисиз</translation>
    </message>
    <message>
        <source>Suggested from the story&apos;s text: {terms}</source>
        <translation>Окуянын текстинен сунушталган: {terms}</translation>
    </message>
    <message>
        <source>Suggested: {goal} ({terms})</source>
        <translation>Сунушталган: {goal} ({terms})</translation>
    </message>
    <message>
        <source>Confirm</source>
        <translation>Ырастоо</translation>
    </message>
    <message>
        <source>Tick this goal; Apply saves it</source>
        <translation>Бул максатты белгилөө; «Колдонуу» аны сактайт</translation>
    </message>
    <message>
        <source>Saving…</source>
        <translation>Сакталууда…</translation>
    </message>
</context>
<context>
    <name>StoryEditor</name>
    <message>
        <source>A story needs a title.</source>
        <translation>Окуяга аталыш керек.</translation>
    </message>
    <message>
        <source>Another change is being saved; try again.</source>
        <translation>Башка өзгөртүү сакталууда; кайра аракет кылыңыз.</translation>
    </message>
    <message>
        <source>Not saved. {reason}</source>
        <translation>Сакталган жок. {reason}</translation>
    </message>
    <message>
        <source>The story was not changed. {reason}</source>
        <translation>Окуя өзгөртүлгөн жок. {reason}</translation>
    </message>
    <message>
        <source>Story Changed by Someone Else</source>
        <translation>Окуяны башка бирөө өзгөрттү</translation>
    </message>
    <message>
        <source>Your changes are still in the form. Reload the story to see the other change, then put your changes back over it (check them, then Apply) or drop them.</source>
        <translation>Сиздин өзгөртүүлөрүңүз формада дагы эле турат. Башка өзгөртүүнү көрүү үчүн окуяны кайра жүктөңүз, андан кийин өзгөртүүлөрүңүздү анын үстүнө кайра киргизиңиз (аларды текшерип, «Колдонуу» баскычын басыңыз) же алардан баш тартыңыз.</translation>
    </message>
    <message>
        <source>Reload, Keeping My Changes</source>
        <translation>Кайра жүктөп, өзгөртүүлөрүмдү калтыруу</translation>
    </message>
    <message>
        <source>Reload, Dropping My Changes</source>
        <translation>Кайра жүктөп, өзгөртүүлөрүмдү таштоо</translation>
    </message>
    <message>
        <source>Reloaded with the other change; your changes are back in the form: check them, then Apply.</source>
        <translation>Окуя башка өзгөртүү менен кайра жүктөлдү; сиздин өзгөртүүлөрүңүз формага кайтарылды: аларды текшерип, «Колдонуу» баскычын басыңыз.</translation>
    </message>
    <message>
        <source>The story could not be reloaded. {reason}</source>
        <translation>Окуяны кайра жүктөө мүмкүн болгон жок. {reason}</translation>
    </message>
    <message>
        <source>The story cannot be edited. {reason}</source>
        <translation>Окуяны түзөтүү мүмкүн эмес. {reason}</translation>
    </message>
    <message>
        <source>Undo or Redo changed this story; Apply saves what the form shows.</source>
        <translation>Бул окуя артка кайтаруу же кайталоо аркылуу өзгөрдү; «Колдонуу» формада көрсөтүлгөндү сактайт.</translation>
    </message>
    <message>
        <source>Edit Story</source>
        <translation>Окуяны түзөтүү</translation>
    </message>
    <message>
        <source>‘{title}’ has changes that are not applied yet.</source>
        <translation>«{title}» окуясында али колдонула элек өзгөртүүлөр бар.</translation>
    </message>
    <message>
        <source>Apply and Quit</source>
        <translation>Колдонуп, чыгуу</translation>
    </message>
    <message>
        <source>Discard and Quit</source>
        <translation>Сактабай чыгуу</translation>
    </message>
    <message>
        <source>Apply your changes to ‘{title}’?</source>
        <translation>«{title}» окуясындагы өзгөртүүлөрдү колдоносузбу?</translation>
    </message>
    <message>
        <source>Apply</source>
        <translation>Колдонуу</translation>
    </message>
    <message>
        <source>Discard</source>
        <translation>Сактабоо</translation>
    </message>
    <message>
        <source>Keep Editing</source>
        <translation>Түзөтүүнү улантуу</translation>
    </message>
</context>
<context>
    <name>StoryFields</name>
    <message>
        <source>Title</source>
        <translation>Аталышы</translation>
    </message>
    <message>
        <source>Summary</source>
        <translation>Кыскача мазмуну</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Күнү</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Тили</translation>
    </message>
    <message>
        <source>Countries</source>
        <translation>Өлкөлөр</translation>
    </message>
    <message>
        <source>Places</source>
        <translation>Жерлер</translation>
    </message>
    <message>
        <source>Partners</source>
        <translation>Өнөктөштөр</translation>
    </message>
    <message>
        <source>SDGs</source>
        <translation>ТӨМ</translation>
    </message>
    <message>
        <source>Tags</source>
        <translation>Тегдер</translation>
    </message>
    <message>
        <source>Author</source>
        <translation>Автору</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Булагы</translation>
    </message>
    <message>
        <source>Source link</source>
        <translation>Булак шилтемеси</translation>
    </message>
    <message>
        <source>Text</source>
        <translation>Тексти</translation>
    </message>
</context>
<context>
    <name>StoryHistory</name>
    <message>
        <source>Edited</source>
        <translation>Түзөтүлдү</translation>
    </message>
    <message>
        <source>Undone</source>
        <translation>Артка кайтарылды</translation>
    </message>
    <message>
        <source>Redone</source>
        <translation>Кайталанды</translation>
    </message>
    <message>
        <source>Imported</source>
        <translation>Импорттолду</translation>
    </message>
    <message>
        <source>Took the imported value</source>
        <translation>Импорттолгон маани алынды</translation>
    </message>
    <message>
        <source>Kept the value edited here</source>
        <translation>Бул жерде түзөтүлгөн маани калтырылды</translation>
    </message>
    <message>
        <source>Suggestion confirmed</source>
        <translation>Сунуш ырасталды</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Качан</translation>
    </message>
    <message>
        <source>Machine</source>
        <translation>Компьютер</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>Талаа</translation>
    </message>
    <message>
        <source>Before</source>
        <translation>Мурун</translation>
    </message>
    <message>
        <source>After</source>
        <translation>Кийин</translation>
    </message>
    <message>
        <source>Change</source>
        <translation>Өзгөртүү</translation>
    </message>
</context>
<context>
    <name>StoryListModel</name>
    <message>
        <source>Loading…</source>
        <translation>Жүктөлүүдө…</translation>
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
        <translation>Аталышы жок окуя</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Күнү</translation>
    </message>
    <message>
        <source>Countries</source>
        <translation>Өлкөлөр</translation>
    </message>
    <message>
        <source>Places</source>
        <translation>Жерлер</translation>
    </message>
    <message>
        <source>Partners</source>
        <translation>Өнөктөштөр</translation>
    </message>
    <message>
        <source>SDGs</source>
        <translation>ТӨМ</translation>
    </message>
    <message>
        <source>{language} ({code})</source>
        <translation>{language} ({code})</translation>
    </message>
    <message>
        <source>suggested: {terms}</source>
        <translation>сунушталган: {terms}</translation>
    </message>
    <message>
        <source>Add this goal to the story</source>
        <translation>Бул максатты окуяга кошуу</translation>
    </message>
    <message>
        <source>Confirm</source>
        <translation>Ырастоо</translation>
    </message>
    <message>
        <source>Suggested SDGs</source>
        <translation>Сунушталган ТӨМ</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Тили</translation>
    </message>
    <message>
        <source>Author</source>
        <translation>Автору</translation>
    </message>
    <message>
        <source>Copy link</source>
        <translation>Шилтемени көчүрүү</translation>
    </message>
    <message>
        <source>(click to copy)</source>
        <translation>(көчүрүү үчүн басыңыз)</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Булагы</translation>
    </message>
    <message>
        <source>Unlink this story from its translations</source>
        <translation>Бул окуяны котормолорунан ажыратуу</translation>
    </message>
    <message>
        <source>Translations</source>
        <translation>Котормолору</translation>
    </message>
    <message>
        <source>Key figures</source>
        <translation>Негизги көрсөткүчтөр</translation>
    </message>
    <message>
        <source>Images not stored in this catalogue: {images}</source>
        <translation>Бул каталогдо сакталбаган сүрөттөр: {images}</translation>
    </message>
    <message>
        <source>Photo: {credit}</source>
        <translation>Сүрөт: {credit}</translation>
    </message>
</context>
<context>
    <name>StoryUndo</name>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Артка кайтаруу</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>&amp;Кайталоо</translation>
    </message>
    <message>
        <source>&amp;Undo {change}</source>
        <translation>&amp;Артка кайтаруу: {change}</translation>
    </message>
    <message>
        <source>&amp;Redo {change}</source>
        <translation>&amp;Кайталоо: {change}</translation>
    </message>
</context>
<context>
    <name>TranslationLinks</name>
    <message>
        <source>&amp;Link as Translations</source>
        <translation>&amp;Котормо катары байланыштыруу</translation>
    </message>
    <message>
        <source>Link the selected stories, in different languages, as translations</source>
        <translation>Ар башка тилдердеги тандалган окуяларды бири-биринин котормосу катары байланыштыруу</translation>
    </message>
    <message>
        <source>&amp;Unlink from Translations</source>
        <translation>Котормолордон &amp;ажыратуу</translation>
    </message>
    <message>
        <source>Take the story shown out of its group of translations</source>
        <translation>Көрсөтүлгөн окуяны котормолор тобунан чыгаруу</translation>
    </message>
    <message numerus="yes">
        <source>Linked %Ln stories as translations: {titles}</source>
        <translation>
            <numerusform>%Ln окуя котормо катары байланыштырылды: {titles}</numerusform>
            <numerusform>%Ln окуя котормо катары байланыштырылды: {titles}</numerusform>
        </translation>
    </message>
    <message>
        <source>“{title}” is no longer linked to its translations</source>
        <translation>«{title}» окуясы эми котормолору менен байланышта эмес</translation>
    </message>
    <message>
        <source>The translations were not changed. {reason}</source>
        <translation>Котормолор өзгөртүлгөн жок. {reason}</translation>
    </message>
</context>
</TS>
