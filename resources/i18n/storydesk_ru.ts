<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ru" sourcelanguage="en">
<context>
    <name>AboutDialog</name>
    <message>
        <source>About StoryDesk</source>
        <translation>О программе StoryDesk</translation>
    </message>
    <message>
        <source>About</source>
        <translation>О программе</translation>
    </message>
    <message>
        <source>Licences</source>
        <translation>Лицензии</translation>
    </message>
    <message>
        <source>&amp;Copy Details</source>
        <translation>&amp;Копировать сведения</translation>
    </message>
    <message>
        <source>Copy the version, folders and sizes, to send to whoever helps you</source>
        <translation>Копировать версию, папки и размеры, чтобы отправить их тому, кто вам помогает</translation>
    </message>
    <message>
        <source>StoryDesk {version}</source>
        <translation>StoryDesk {version}</translation>
    </message>
    <message>
        <source>An offline catalogue of development stories.</source>
        <translation>Офлайн-каталог историй о развитии.</translation>
    </message>
    <message>
        <source>Data folder</source>
        <translation>Папка данных</translation>
    </message>
    <message>
        <source>&amp;Open Folder</source>
        <translation>&amp;Открыть папку</translation>
    </message>
    <message>
        <source>Show the data folder in the file manager</source>
        <translation>Показать папку данных в файловом менеджере</translation>
    </message>
    <message>
        <source>Log file</source>
        <translation>Файл журнала</translation>
    </message>
    <message>
        <source>Measuring…</source>
        <translation>Подсчёт…</translation>
    </message>
    <message>
        <source>Data folder:</source>
        <translation>Папка данных:</translation>
    </message>
    <message>
        <source>Log file:</source>
        <translation>Файл журнала:</translation>
    </message>
    <message>
        <source>Stories:</source>
        <translation>Историй:</translation>
    </message>
    <message>
        <source>Shared catalogue:</source>
        <translation>Общий каталог:</translation>
    </message>
    <message>
        <source>Catalogue size:</source>
        <translation>Размер каталога:</translation>
    </message>
    <message>
        <source>Catalogue file:</source>
        <translation>Файл каталога:</translation>
    </message>
    <message>
        <source>Photos:</source>
        <translation>Фотографии:</translation>
    </message>
    <message>
        <source>Runs on:</source>
        <translation>Работает на:</translation>
    </message>
    <message>
        <source>Qt {qt}, PySide6 {pyside}, Python {python}, {system}</source>
        <translation>Qt {qt}, PySide6 {pyside}, Python {python}, {system}</translation>
    </message>
    <message numerus="yes">
        <source>{size} in %Ln files</source>
        <translation>
            <numerusform>{size} в %Ln файле</numerusform>
            <numerusform>{size} в %Ln файлах</numerusform>
            <numerusform>{size} в %Ln файлах</numerusform>
        </translation>
    </message>
    <message>
        <source>none stored</source>
        <translation>не хранятся</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>неизвестно</translation>
    </message>
    <message>
        <source>StoryDesk is built on the work of others. These fonts and libraries ship with it, under their own licences.</source>
        <translation>StoryDesk создан на основе труда других людей. Эти шрифты и библиотеки поставляются вместе с ним на условиях собственных лицензий.</translation>
    </message>
    <message>
        <source>Fonts and libraries</source>
        <translation>Шрифты и библиотеки</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Название</translation>
    </message>
    <message>
        <source>Version</source>
        <translation>Версия</translation>
    </message>
    <message>
        <source>Licence</source>
        <translation>Лицензия</translation>
    </message>
    <message>
        <source>&amp;View Licence…</source>
        <translation>&amp;Показать лицензию…</translation>
    </message>
    <message>
        <source>Qt and PySide6 are used under the GNU Lesser General Public License, version 3 (https://www.gnu.org/licenses/lgpl-3.0.html); their source is at https://code.qt.io.</source>
        <translation>Qt и PySide6 используются на условиях GNU Lesser General Public License версии 3 (https://www.gnu.org/licenses/lgpl-3.0.html); их исходный код доступен на https://code.qt.io.</translation>
    </message>
    <message>
        <source>font</source>
        <translation>шрифт</translation>
    </message>
    <message>
        <source>toolkit</source>
        <translation>библиотека интерфейса</translation>
    </message>
    <message>
        <source>{name} ({kind})</source>
        <translation>{name} ({kind})</translation>
    </message>
    <message>
        <source>This one ships no licence text</source>
        <translation>Текст лицензии к этому компоненту не прилагается</translation>
    </message>
    <message>
        <source>Read the licence text</source>
        <translation>Прочитать текст лицензии</translation>
    </message>
    <message>
        <source>Data folder: {path}</source>
        <translation>Папка данных: {path}</translation>
    </message>
    <message>
        <source>Log file: {path}</source>
        <translation>Файл журнала: {path}</translation>
    </message>
    <message>
        <source>Shared catalogue: {url}</source>
        <translation>Общий каталог: {url}</translation>
    </message>
    <message>
        <source>Stories: {count}</source>
        <translation>Историй: {count}</translation>
    </message>
    <message>
        <source>Catalogue size: {size}</source>
        <translation>Размер каталога: {size}</translation>
    </message>
    <message>
        <source>Catalogue file: {size}</source>
        <translation>Файл каталога: {size}</translation>
    </message>
    <message>
        <source>Photos: {size}</source>
        <translation>Фотографии: {size}</translation>
    </message>
</context>
<context>
    <name>BackupController</name>
    <message>
        <source>Backing up the catalogue…</source>
        <translation>Резервное копирование каталога…</translation>
    </message>
    <message>
        <source>The backup was not made</source>
        <translation>Резервная копия не создана</translation>
    </message>
    <message>
        <source>Restoring the catalogue from the backup…</source>
        <translation>Восстановление каталога из резервной копии…</translation>
    </message>
    <message>
        <source>The catalogue was not restored</source>
        <translation>Каталог не восстановлен</translation>
    </message>
</context>
<context>
    <name>BackupProgressDialog</name>
    <message>
        <source>Catalogue Backup</source>
        <translation>Резервное копирование каталога</translation>
    </message>
    <message>
        <source>Backup progress</source>
        <translation>Ход резервного копирования</translation>
    </message>
</context>
<context>
    <name>Backups</name>
    <message>
        <source>{path}: the copy failed its integrity check ({result})</source>
        <translation>{path}: копия не прошла проверку целостности ({result})</translation>
    </message>
    <message>
        <source>{path}: the backup failed ({error})</source>
        <translation>{path}: не удалось создать резервную копию ({error})</translation>
    </message>
    <message>
        <source>{path}: no such backup file</source>
        <translation>{path}: такого файла резервной копии нет</translation>
    </message>
    <message>
        <source>{path}: damaged, or not a SQLite catalogue ({error})</source>
        <translation>{path}: файл повреждён или не является каталогом SQLite ({error})</translation>
    </message>
    <message>
        <source>{path}: the backup is damaged (integrity check: {result})</source>
        <translation>{path}: резервная копия повреждена (проверка целостности: {result})</translation>
    </message>
    <message>
        <source>{path}: not a StoryDesk catalogue (no {tables} table)</source>
        <translation>{path}: это не каталог StoryDesk (нет таблицы {tables})</translation>
    </message>
    <message>
        <source>{path}: not a sound SQLite catalogue ({error})</source>
        <translation>{path}: каталог SQLite неисправен ({error})</translation>
    </message>
    <message>
        <source>no good backup was found in {folder}</source>
        <translation>в {folder} не найдено ни одной исправной резервной копии</translation>
    </message>
    <message>
        <source>the newest good backup is {path} ({stories} stories, {taken}); restore it with: {command}</source>
        <translation>последняя исправная резервная копия — {path} (историй: {stories}, {taken}); чтобы восстановить её, выполните: {command}</translation>
    </message>
    <message>
        <source>{path}: the restore failed ({error})</source>
        <translation>{path}: не удалось восстановить резервную копию ({error})</translation>
    </message>
    <message>
        <source>the daily backup could not be made: {error}</source>
        <translation>не удалось создать ежедневную резервную копию: {error}</translation>
    </message>
    <message>
        <source>{url}: the catalogue is shared on PostgreSQL; back it up and restore it on the server with pg_dump and pg_restore (see docs/headquarters.md)</source>
        <translation>{url}: это общий каталог на PostgreSQL; резервную копию делают и восстанавливают на сервере командами pg_dump и pg_restore (см. docs/headquarters.md)</translation>
    </message>
</context>
<context>
    <name>BasketDock</name>
    <message>
        <source>Briefing Basket</source>
        <translation>Корзина</translation>
    </message>
    <message>
        <source>Briefing basket</source>
        <translation>Корзина</translation>
    </message>
    <message>
        <source>Move Up</source>
        <translation>Переместить вверх</translation>
    </message>
    <message>
        <source>Move Down</source>
        <translation>Переместить вниз</translation>
    </message>
    <message>
        <source>Remove from Basket</source>
        <translation>Убрать из корзины</translation>
    </message>
    <message>
        <source>Export…</source>
        <translation>Экспорт…</translation>
    </message>
    <message>
        <source>Export the basket as a briefing pack (Ctrl+E)</source>
        <translation>Экспортировать корзину в брифинг-пакет (Ctrl+E)</translation>
    </message>
    <message>
        <source>Export the basket as a briefing pack</source>
        <translation>Экспортировать корзину в брифинг-пакет</translation>
    </message>
    <message>
        <source>Print…</source>
        <translation>Печать…</translation>
    </message>
    <message>
        <source>Preview and print the basket as a briefing pack</source>
        <translation>Просмотреть и напечатать брифинг-пакет из корзины</translation>
    </message>
    <message>
        <source>Print the basket as a briefing pack</source>
        <translation>Напечатать брифинг-пакет из корзины</translation>
    </message>
    <message>
        <source>Save as Collection…</source>
        <translation>Сохранить как подборку…</translation>
    </message>
    <message>
        <source>Keep the basket, in its order, as a named collection</source>
        <translation>Сохранить корзину в том же порядке как подборку с названием</translation>
    </message>
    <message>
        <source>Save the basket as a collection</source>
        <translation>Сохранить корзину как подборку</translation>
    </message>
    <message>
        <source>Export Bundle…</source>
        <translation>Экспорт набора историй…</translation>
    </message>
    <message>
        <source>Export the basket as a story bundle for another StoryDesk (Ctrl+Shift+E)</source>
        <translation>Экспортировать корзину в набор историй для другой копии StoryDesk (Ctrl+Shift+E)</translation>
    </message>
    <message>
        <source>Export the basket as a story bundle</source>
        <translation>Экспортировать корзину в набор историй</translation>
    </message>
    <message>
        <source>Empty: add stories with Ctrl+B</source>
        <translation>Пусто: добавьте истории клавишами Ctrl+B</translation>
    </message>
    <message numerus="yes">
        <source>%Ln stories</source>
        <translation>
            <numerusform>%Ln история</numerusform>
            <numerusform>%Ln истории</numerusform>
            <numerusform>%Ln историй</numerusform>
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
        <translation>Набор историй не записан</translation>
    </message>
</context>
<context>
    <name>BundleExportDialog</name>
    <message>
        <source>Export Bundle</source>
        <translation>Экспорт набора историй</translation>
    </message>
    <message>
        <source>Stories</source>
        <translation>Истории</translation>
    </message>
    <message numerus="yes">
        <source>The %Ln stories in the bas&amp;ket, in its order</source>
        <translation>
            <numerusform>%Ln история из &amp;корзины, в том же порядке</numerusform>
            <numerusform>%Ln истории из &amp;корзины, в том же порядке</numerusform>
            <numerusform>%Ln историй из &amp;корзины, в том же порядке</numerusform>
        </translation>
    </message>
    <message>
        <source>A &amp;collection:</source>
        <translation>&amp;Подборка:</translation>
    </message>
    <message>
        <source>Collection</source>
        <translation>Подборка</translation>
    </message>
    <message numerus="yes">
        <source>{name} (%Ln stories)</source>
        <translation>
            <numerusform>{name} (%Ln история)</numerusform>
            <numerusform>{name} (%Ln истории)</numerusform>
            <numerusform>{name} (%Ln историй)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The %Ln stories of the current &amp;results, in their order</source>
        <translation>
            <numerusform>%Ln история из текущих &amp;результатов поиска, в том же порядке</numerusform>
            <numerusform>%Ln истории из текущих &amp;результатов поиска, в том же порядке</numerusform>
            <numerusform>%Ln историй из текущих &amp;результатов поиска, в том же порядке</numerusform>
        </translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Название</translation>
    </message>
    <message>
        <source>Publisher</source>
        <translation>Издатель</translation>
    </message>
    <message>
        <source>e.g. UNDP Kyrgyzstan</source>
        <translation>например, ПРООН в Кыргызстане</translation>
    </message>
    <message>
        <source>Sign with my publisher key</source>
        <translation>Подписать моим ключом издателя</translation>
    </message>
    <message>
        <source>This catalogue has no publisher key. Make one in Settings › Publishers (or with: storydesk keys generate --publisher NAME), then sign bundles so others can tell they come from you.</source>
        <translation>У этого каталога нет ключа издателя. Создайте его в меню «Настройки › Издатели» (или командой «storydesk keys generate --publisher ИМЯ») и подписывайте наборы историй, чтобы другие могли убедиться, что они от вас.</translation>
    </message>
    <message>
        <source>Signed bundles say who made them: a catalogue that trusts your key shows them as from {publisher} (key {fingerprint}).</source>
        <translation>Подпись показывает, кто создал набор историй: в каталоге, который доверяет вашему ключу, издателем таких наборов будет указан «{publisher}» (ключ {fingerprint}).</translation>
    </message>
    <message>
        <source>Save as</source>
        <translation>Сохранить как</translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation>Об&amp;зор…</translation>
    </message>
    <message>
        <source>Choose where to save the bundle</source>
        <translation>Выбрать, куда сохранить набор историй</translation>
    </message>
    <message>
        <source>&amp;Title:</source>
        <translation>&amp;Название:</translation>
    </message>
    <message>
        <source>&amp;Publisher:</source>
        <translation>&amp;Издатель:</translation>
    </message>
    <message>
        <source>&amp;Save as:</source>
        <translation>&amp;Сохранить как:</translation>
    </message>
    <message>
        <source>Export</source>
        <translation>Экспортировать</translation>
    </message>
    <message>
        <source>There are no stories to put in a bundle: add some to the basket (Ctrl+B), fill a collection, or search for them first.</source>
        <translation>Нет историй для набора: сначала добавьте их в корзину (Ctrl+B), заполните подборку или найдите через поиск.</translation>
    </message>
    <message numerus="yes">
        <source>%n stories</source>
        <translation>
            <numerusform>%n история</numerusform>
            <numerusform>%n истории</numerusform>
            <numerusform>%n историй</numerusform>
        </translation>
    </message>
    <message>
        <source>Save the Bundle As</source>
        <translation>Сохранить набор историй как</translation>
    </message>
    <message>
        <source>Story bundles (*.storybundle)</source>
        <translation>Наборы историй (*.storybundle)</translation>
    </message>
    <message>
        <source>There are no stories to put in a bundle.</source>
        <translation>Нет историй для набора.</translation>
    </message>
    <message>
        <source>Choose where to save the bundle.</source>
        <translation>Выберите, куда сохранить набор историй.</translation>
    </message>
    <message>
        <source>{path} is a folder; add a file name.</source>
        <translation>{path} — это папка; добавьте имя файла.</translation>
    </message>
    <message>
        <source>The folder {folder} does not exist.</source>
        <translation>Папка {folder} не существует.</translation>
    </message>
    <message>
        <source>Replace File?</source>
        <translation>Заменить файл?</translation>
    </message>
    <message>
        <source>{file} already exists. Replace it?</source>
        <translation>Файл {file} уже существует. Заменить его?</translation>
    </message>
</context>
<context>
    <name>BundleProgressDialog</name>
    <message>
        <source>Exporting a Bundle</source>
        <translation>Экспорт набора историй</translation>
    </message>
    <message>
        <source>Writing the bundle…</source>
        <translation>Запись набора историй…</translation>
    </message>
    <message>
        <source>Bundle progress</source>
        <translation>Ход создания набора историй</translation>
    </message>
    <message>
        <source>Cancel the bundle</source>
        <translation>Отменить создание набора историй</translation>
    </message>
    <message>
        <source>Cancelling… no file will be written.</source>
        <translation>Отмена… файл не будет записан.</translation>
    </message>
    <message>
        <source>Writing story {number} of {count}…</source>
        <translation>Запись истории {number} из {count}…</translation>
    </message>
</context>
<context>
    <name>Bundles</name>
    <message>
        <source>has no bundle.json: nothing checks its files (read as unsigned)</source>
        <translation>нет файла bundle.json: файлы набора ничем не проверяются (он читается как набор без подписи)</translation>
    </message>
    <message>
        <source>bundle.json lists no files: nothing checks them (read as unsigned)</source>
        <translation>в bundle.json не указано ни одного файла: файлы набора ничем не проверяются (он читается как набор без подписи)</translation>
    </message>
    <message>
        <source>bundle.json is not valid JSON ({error})</source>
        <translation>bundle.json содержит некорректный JSON ({error})</translation>
    </message>
    <message>
        <source>bundle.json is nested too deeply to be a manifest</source>
        <translation>в bundle.json слишком глубокая вложенность для описания набора историй</translation>
    </message>
    <message>
        <source>bundle.json is not an object</source>
        <translation>bundle.json не является объектом JSON</translation>
    </message>
    <message>
        <source>bundle.json names format {format}</source>
        <translation>в bundle.json указан формат {format}</translation>
    </message>
    <message>
        <source>bundle format version {version} is newer than this StoryDesk reads ({known})</source>
        <translation>версия формата набора историй {version} новее той, которую читает эта версия StoryDesk ({known})</translation>
    </message>
    <message>
        <source>bundle.json gives a malformed {key}</source>
        <translation>в bundle.json некорректное значение поля «{key}»</translation>
    </message>
    <message>
        <source>bundle.json &apos;files&apos; is not a list</source>
        <translation>поле «files» в bundle.json не является списком</translation>
    </message>
    <message>
        <source>bundle.json lists a file without a path</source>
        <translation>в bundle.json указан файл без пути</translation>
    </message>
    <message>
        <source>bundle.json lists &apos;{path}&apos;, which {reason}</source>
        <translation>в bundle.json указан путь «{path}»: {reason}</translation>
    </message>
    <message>
        <source>bundle.json gives a malformed checksum for &apos;{path}&apos;</source>
        <translation>в bundle.json указана некорректная контрольная сумма для «{path}»</translation>
    </message>
    <message>
        <source>bundle.json &apos;{key}&apos; is not a list</source>
        <translation>поле «{key}» в bundle.json не является списком</translation>
    </message>
    <message>
        <source>bundle.json withdraws {count:,} stories, over the {limit:,} limit</source>
        <translation>bundle.json отзывает слишком много историй: {count:,} при пределе {limit:,}</translation>
    </message>
    <message>
        <source>bundle.json says it is signed, but bundle.sig is missing</source>
        <translation>в bundle.json указано, что набор подписан, но файла bundle.sig нет</translation>
    </message>
    <message>
        <source>bundle.sig is there, but bundle.json is missing</source>
        <translation>файл bundle.sig есть, а файла bundle.json нет</translation>
    </message>
    <message>
        <source>bundle.sig: {reason}</source>
        <translation>bundle.sig: {reason}</translation>
    </message>
    <message>
        <source>bundle.json&apos;s {key} is not the key that signed it ({fingerprint})</source>
        <translation>поле «{key}» в bundle.json не совпадает с ключом, которым подписан набор ({fingerprint})</translation>
    </message>
    <message>
        <source>signed with a publisher key revoked here (fingerprint {fingerprint})</source>
        <translation>подписан ключом издателя, отозванным в этом каталоге (отпечаток {fingerprint})</translation>
    </message>
    <message>
        <source>{member}: {reason}; a signed bundle is taken whole or not at all</source>
        <translation>{member}: {reason}; подписанный набор историй принимается только целиком</translation>
    </message>
    <message>
        <source>not listed in bundle.json</source>
        <translation>не указан в bundle.json</translation>
    </message>
    <message>
        <source>bundle.json lists itself or bundle.sig</source>
        <translation>в bundle.json указан он сам или bundle.sig</translation>
    </message>
    <message>
        <source>listed in bundle.json but missing</source>
        <translation>указан в bundle.json, но отсутствует</translation>
    </message>
    <message>
        <source>bundle.json gives no checksum or size for it</source>
        <translation>в bundle.json для него не указаны контрольная сумма или размер</translation>
    </message>
    <message>
        <source>is {size:,} bytes but bundle.json says {declared:,}</source>
        <translation>занимает {size:,} байт, а в bundle.json указано {declared:,}</translation>
    </message>
    <message>
        <source>checksum does not match bundle.json</source>
        <translation>контрольная сумма не совпадает с указанной в bundle.json</translation>
    </message>
    <message>
        <source>{file} is not valid YAML</source>
        <translation>{file} содержит некорректный YAML</translation>
    </message>
    <message>
        <source>{file} is not a list of {what}</source>
        <translation>{file} не является списком «{what}»</translation>
    </message>
    <message>
        <source>could not be read ({error})</source>
        <translation>не удалось прочитать ({error})</translation>
    </message>
    <message>
        <source>image &apos;{image}&apos; is missing</source>
        <translation>нет изображения «{image}»</translation>
    </message>
    <message>
        <source>the bundle holds no stories</source>
        <translation>набор историй пуст</translation>
    </message>
    <message>
        <source>{path}: {reason}</source>
        <translation>{path}: {reason}</translation>
    </message>
    <message>
        <source>the bundle</source>
        <translation>создание набора историй</translation>
    </message>
    <message>
        <source>no stories to put in the bundle</source>
        <translation>нет историй для набора</translation>
    </message>
    <message>
        <source>{path}: cannot write the bundle ({error})</source>
        <translation>{path}: не удалось записать набор историй ({error})</translation>
    </message>
    <message>
        <source>bundle.sig is too large to be a signature</source>
        <translation>bundle.sig слишком велик для подписи</translation>
    </message>
    <message>
        <source>bundle.sig is not a signature (not JSON)</source>
        <translation>bundle.sig не является подписью (это не JSON)</translation>
    </message>
    <message>
        <source>bundle.sig is not a StoryDesk signature</source>
        <translation>bundle.sig не является подписью StoryDesk</translation>
    </message>
    <message>
        <source>bundle.sig uses a signature this StoryDesk does not know</source>
        <translation>в bundle.sig использован тип подписи, неизвестный этой версии StoryDesk</translation>
    </message>
    <message>
        <source>bundle.sig was changed after signing</source>
        <translation>bundle.sig изменён после подписания</translation>
    </message>
    <message>
        <source>bundle.sig is malformed</source>
        <translation>bundle.sig имеет неверный формат</translation>
    </message>
    <message>
        <source>bundle.sig names a fingerprint that is not its key&apos;s</source>
        <translation>отпечаток, указанный в bundle.sig, не соответствует ключу из этого файла</translation>
    </message>
    <message>
        <source>the signature does not match bundle.json (the bundle was changed)</source>
        <translation>подпись не соответствует bundle.json (набор историй был изменён)</translation>
    </message>
    <message>
        <source>{path}: the bundle&apos;s manifest gives no creation time</source>
        <translation>{path}: в описании набора историй не указано время создания</translation>
    </message>
</context>
<context>
    <name>CancellableProgressDialog</name>
    <message>
        <source>Cancel</source>
        <translation>Отмена</translation>
    </message>
    <message>
        <source>Cancelling…</source>
        <translation>Отмена…</translation>
    </message>
</context>
<context>
    <name>Catalogue</name>
    <message>
        <source>{path}: the catalogue is at schema revision {revision}, which this StoryDesk does not know (made by a newer version?)</source>
        <translation>{path}: каталог имеет версию схемы {revision}, неизвестную этой версии StoryDesk (создан более новой версией?)</translation>
    </message>
    <message>
        <source>a catalogue was created here</source>
        <translation>здесь уже создавался каталог</translation>
    </message>
    <message>
        <source>it holds images</source>
        <translation>в ней есть изображения</translation>
    </message>
    <message>
        <source>it holds backups</source>
        <translation>в ней есть резервные копии</translation>
    </message>
    <message>
        <source>it holds a search index</source>
        <translation>в ней есть поисковый индекс</translation>
    </message>
    <message>
        <source>missing</source>
        <translation>отсутствует</translation>
    </message>
    <message>
        <source>empty (0 bytes)</source>
        <translation>пуст (0 байт)</translation>
    </message>
    <message>
        <source>{path}: the catalogue is {state}, but this data folder has been used ({signs}), so StoryDesk will not start a new, empty catalogue; {hint}</source>
        <translation>{path}: каталог {state}, но эта папка данных уже использовалась ({signs}), поэтому StoryDesk не будет создавать новый пустой каталог; {hint}</translation>
    </message>
    <message>
        <source>{path}: the catalogue is damaged ({detail}); {hint}</source>
        <translation>{path}: каталог повреждён ({detail}); {hint}</translation>
    </message>
    <message>
        <source>{path}: cannot open the catalogue ({error})</source>
        <translation>{path}: не удалось открыть каталог ({error})</translation>
    </message>
    <message>
        <source>{path}: the catalogue needs upgrading, which waits for the StoryDesk that is writing to it; try again when it has finished</source>
        <translation>{path}: каталог нужно обновить, но сначала другой экземпляр StoryDesk должен закончить запись в него; повторите попытку, когда он закончит</translation>
    </message>
    <message>
        <source>{url}: not a database URL; give one like postgresql+psycopg://user@host/storydesk</source>
        <translation>{url}: это не адрес базы данных; укажите адрес вида postgresql+psycopg://user@host/storydesk</translation>
    </message>
    <message>
        <source>{url}: a shared catalogue lives on PostgreSQL; give a URL like postgresql+psycopg://user@host/storydesk (a field laptop&apos;s catalogue is the SQLite file in its data folder and needs no URL)</source>
        <translation>{url}: общий каталог хранится в PostgreSQL; укажите адрес вида postgresql+psycopg://user@host/storydesk (каталогу полевого ноутбука, файлу SQLite в папке данных, адрес не нужен)</translation>
    </message>
    <message>
        <source>{url}: the PostgreSQL driver is not installed; install StoryDesk with its postgres extra (pip install &quot;storydesk[postgres]&quot;)</source>
        <translation>{url}: драйвер PostgreSQL не установлен; установите StoryDesk с дополнением postgres (pip install &quot;storydesk[postgres]&quot;)</translation>
    </message>
    <message>
        <source>{url}: cannot use the shared catalogue ({error})</source>
        <translation>{url}: не удаётся работать с общим каталогом ({error})</translation>
    </message>
    <message>
        <source>{path}: there is no catalogue in this read-only data folder</source>
        <translation>{path}: в этой папке данных, доступной только для чтения, нет каталога</translation>
    </message>
    <message>
        <source>{path}: the catalogue is at schema revision {revision} and needs upgrading, which needs a writable data folder</source>
        <translation>{path}: каталог имеет версию схемы {revision} и его нужно обновить, а для этого папка данных должна быть доступна для записи</translation>
    </message>
    <message>
        <source>Waiting for another StoryDesk to finish writing…</source>
        <translation>Ожидание, пока другой экземпляр StoryDesk закончит запись…</translation>
    </message>
    <message>
        <source>importing</source>
        <translation>выполняет импорт</translation>
    </message>
    <message>
        <source>updating the search index</source>
        <translation>обновляет поисковый индекс</translation>
    </message>
    <message>
        <source>deleting stories</source>
        <translation>удаляет истории</translation>
    </message>
    <message>
        <source>rebuilding the search index</source>
        <translation>перестраивает поисковый индекс</translation>
    </message>
    <message>
        <source>repairing the data folder</source>
        <translation>исправляет папку данных</translation>
    </message>
    <message>
        <source>restoring a backup</source>
        <translation>восстанавливает резервную копию</translation>
    </message>
    <message>
        <source>opening the catalogue</source>
        <translation>открывает каталог</translation>
    </message>
    <message>
        <source>checking</source>
        <translation>выполняет проверку</translation>
    </message>
    <message>
        <source>writing</source>
        <translation>записывает данные</translation>
    </message>
    <message>
        <source>writing to it</source>
        <translation>записывает в него данные</translation>
    </message>
    <message>
        <source>the catalogue is busy: another StoryDesk is {doing}; try again when it has finished</source>
        <translation>каталог занят: другой экземпляр StoryDesk {doing}; повторите попытку, когда он закончит</translation>
    </message>
    <message>
        <source>{path}: another StoryDesk is {doing}; showing the catalogue as it stands (searches may miss its newest changes)</source>
        <translation>{path}: другой экземпляр StoryDesk {doing}; каталог показан в текущем состоянии (поиск может не учитывать последние изменения)</translation>
    </message>
    <message>
        <source>the partner directory could not be updated</source>
        <translation>не удалось обновить справочник партнёров</translation>
    </message>
    <message>
        <source>the key figures could not be updated</source>
        <translation>не удалось обновить ключевые цифры</translation>
    </message>
    <message>
        <source>the search index could not be brought up to date</source>
        <translation>не удалось обновить поисковый индекс</translation>
    </message>
    <message>
        <source>finding key figures again</source>
        <translation>ключевые цифры находятся заново</translation>
    </message>
    <message>
        <source>{what} ({reason}); searches may miss recent changes until &apos;storydesk reindex&apos; succeeds</source>
        <translation>{what} ({reason}); пока команда «storydesk reindex» не будет успешно выполнена, поиск может не учитывать последние изменения</translation>
    </message>
    <message>
        <source>give two or more stories to link as translations</source>
        <translation>укажите две или более истории, чтобы связать их как переводы</translation>
    </message>
    <message>
        <source>&apos;{field}&apos; is not a field of a story that can be edited</source>
        <translation>«{field}» — не поле истории, которое можно изменить</translation>
    </message>
    <message>
        <source>{url}: other machines kept changing the same stories at the same time; nothing was changed here; try again</source>
        <translation>{url}: другие компьютеры в это же время снова и снова меняли те же истории; здесь ничего не изменено; попробуйте ещё раз</translation>
    </message>
    <message>
        <source>keep &apos;mine&apos; or &apos;theirs&apos;, not &apos;{keep}&apos;</source>
        <translation>укажите «mine» или «theirs», а не «{keep}»</translation>
    </message>
    <message>
        <source>the {field} of story {id} has no conflict to settle</source>
        <translation>в поле «{field}» истории {id} нет расхождения, которое нужно разрешить</translation>
    </message>
    <message>
        <source>{field}: {reason}</source>
        <translation>{field}: {reason}</translation>
    </message>
    <message>
        <source>a story needs a title</source>
        <translation>у истории должно быть название</translation>
    </message>
    <message>
        <source>expected text</source>
        <translation>ожидается текст</translation>
    </message>
    <message>
        <source>&apos;{value}&apos; is not a date (YYYY-MM-DD, or &apos;none&apos; for undated)</source>
        <translation>«{value}» — не дата (нужен формат ГГГГ-ММ-ДД или «none» для истории без даты)</translation>
    </message>
    <message>
        <source>&apos;{value}&apos; is not a language code</source>
        <translation>«{value}» — не код языка</translation>
    </message>
    <message>
        <source>expected a list of goals</source>
        <translation>ожидается список целей</translation>
    </message>
    <message>
        <source>&apos;{value}&apos; is not a goal (the goals are 1 to 17)</source>
        <translation>«{value}» — не цель (цели имеют номера от 1 до 17)</translation>
    </message>
    <message>
        <source>expected a list of names</source>
        <translation>ожидается список названий</translation>
    </message>
    <message>
        <source>no story has the id &apos;{id}&apos;</source>
        <translation>нет истории с идентификатором «{id}»</translation>
    </message>
    <message>
        <source>&apos;{source}&apos; and &apos;{target}&apos; are the same partner</source>
        <translation>«{source}» и «{target}» — один и тот же партнёр</translation>
    </message>
    <message>
        <source>&apos;{first}&apos; ({first_id}) and &apos;{second}&apos; ({second_id}) are both in the same language ({language}); only stories in different languages can be linked as translations</source>
        <translation>«{first}» ({first_id}) и «{second}» ({second_id}) написаны на одном языке ({language}); связать как переводы можно только истории на разных языках</translation>
    </message>
    <message>
        <source>&apos;{name}&apos; names more than one partner; give the full name</source>
        <translation>«{name}» — название нескольких партнёров; укажите полное название</translation>
    </message>
    <message>
        <source>no partner is named &apos;{name}&apos;</source>
        <translation>нет партнёра с названием «{name}»</translation>
    </message>
    <message>
        <source>story {id} (&apos;{title}&apos;) was changed by someone else since it was opened here (on {machine}, {when} UTC); nothing was saved: reload the story to see that change</source>
        <translation>историю {id} («{title}») после того, как её открыли здесь, изменил кто-то другой (компьютер: {machine}, {when} UTC); ничего не сохранено: загрузите историю заново, чтобы увидеть это изменение</translation>
    </message>
    <message>
        <source>another computer</source>
        <translation>другой компьютер</translation>
    </message>
    <message>
        <source>story {id} (&apos;{title}&apos;) was changed by someone else since it was opened here; nothing was saved: reload the story to see that change</source>
        <translation>историю {id} («{title}») после того, как её открыли здесь, изменил кто-то другой; ничего не сохранено: загрузите историю заново, чтобы увидеть это изменение</translation>
    </message>
</context>
<context>
    <name>ChipBar</name>
    <message>
        <source>Active filters</source>
        <translation>Действующие фильтры</translation>
    </message>
    <message>
        <source>Filters:</source>
        <translation>Фильтры:</translation>
    </message>
    <message>
        <source>{facet}: {value}</source>
        <translation>{facet}: {value}</translation>
    </message>
    <message>
        <source>Remove this filter</source>
        <translation>Убрать этот фильтр</translation>
    </message>
    <message>
        <source>Remove filter {filter}</source>
        <translation>Убрать фильтр {filter}</translation>
    </message>
    <message>
        <source>Clear all</source>
        <translation>Сбросить все</translation>
    </message>
    <message>
        <source>Remove every filter</source>
        <translation>Убрать все фильтры</translation>
    </message>
    <message>
        <source>Clear all filters</source>
        <translation>Сбросить все фильтры</translation>
    </message>
</context>
<context>
    <name>CollectionActions</name>
    <message>
        <source>Sa&amp;ve Search…</source>
        <translation>Со&amp;хранить поиск…</translation>
    </message>
    <message>
        <source>Keep the current query and filters by name</source>
        <translation>Сохранить текущий запрос и фильтры под заданным названием</translation>
    </message>
    <message>
        <source>Add to &amp;Collection</source>
        <translation>Добавить в по&amp;дборку</translation>
    </message>
    <message>
        <source>&amp;Collections Panel</source>
        <translation>Панель по&amp;дборок</translation>
    </message>
    <message>
        <source>The collection could not be shown</source>
        <translation>Не удалось показать подборку</translation>
    </message>
    <message numerus="yes">
        <source>Collection “{name}”: %n stories, in its order</source>
        <translation>
            <numerusform>Подборка «{name}»: %n история, в порядке подборки</numerusform>
            <numerusform>Подборка «{name}»: %n истории, в порядке подборки</numerusform>
            <numerusform>Подборка «{name}»: %n историй, в порядке подборки</numerusform>
        </translation>
    </message>
    <message>
        <source>The saved search could not be opened</source>
        <translation>Не удалось открыть сохранённый поиск</translation>
    </message>
    <message>
        <source>Saved search “{name}”</source>
        <translation>Сохранённый поиск «{name}»</translation>
    </message>
    <message>
        <source>StoryDesk</source>
        <translation>StoryDesk</translation>
    </message>
    <message numerus="yes">
        <source>Made the collection “{name}” with %n stories</source>
        <translation>
            <numerusform>Создана подборка «{name}»: %n история</numerusform>
            <numerusform>Создана подборка «{name}»: %n истории</numerusform>
            <numerusform>Создана подборка «{name}»: %n историй</numerusform>
        </translation>
    </message>
    <message>
        <source>The collection was not made</source>
        <translation>Подборка не создана</translation>
    </message>
    <message numerus="yes">
        <source>Added %n stories to “{name}”</source>
        <translation>
            <numerusform>В подборку «{name}» добавлена %n история</numerusform>
            <numerusform>В подборку «{name}» добавлены %n истории</numerusform>
            <numerusform>В подборку «{name}» добавлено %n историй</numerusform>
        </translation>
    </message>
    <message>
        <source>The stories were not added to the collection</source>
        <translation>Истории не добавлены в подборку</translation>
    </message>
    <message numerus="yes">
        <source>Removed %n stories from “{name}”</source>
        <translation>
            <numerusform>Из подборки «{name}» убрана %n история</numerusform>
            <numerusform>Из подборки «{name}» убраны %n истории</numerusform>
            <numerusform>Из подборки «{name}» убрано %n историй</numerusform>
        </translation>
    </message>
    <message>
        <source>The stories were not removed from the collection</source>
        <translation>Истории не убраны из подборки</translation>
    </message>
    <message>
        <source>Renamed the collection “{old}” to “{new}”</source>
        <translation>Подборка «{old}» переименована в «{new}»</translation>
    </message>
    <message>
        <source>The collection was not renamed</source>
        <translation>Подборка не переименована</translation>
    </message>
    <message>
        <source>Deleted the collection “{name}”</source>
        <translation>Подборка «{name}» удалена</translation>
    </message>
    <message>
        <source>The collection was not deleted</source>
        <translation>Подборка не удалена</translation>
    </message>
    <message>
        <source>Saved the search as “{name}”</source>
        <translation>Поиск сохранён под названием «{name}»</translation>
    </message>
    <message>
        <source>The search was not saved</source>
        <translation>Поиск не сохранён</translation>
    </message>
    <message>
        <source>Deleted the saved search “{name}”</source>
        <translation>Сохранённый поиск «{name}» удалён</translation>
    </message>
    <message>
        <source>The saved search was not deleted</source>
        <translation>Сохранённый поиск не удалён</translation>
    </message>
    <message>
        <source>The collection “{name}” is empty; no bundle was written.</source>
        <translation>Подборка «{name}» пуста; набор историй не записан.</translation>
    </message>
    <message numerus="yes">
        <source>Wrote the bundle {path} with %n stories</source>
        <translation>
            <numerusform>Записан набор историй {path}: %n история</numerusform>
            <numerusform>Записан набор историй {path}: %n истории</numerusform>
            <numerusform>Записан набор историй {path}: %n историй</numerusform>
        </translation>
    </message>
    <message>
        <source>Writing the bundle…</source>
        <translation>Запись набора историй…</translation>
    </message>
    <message>
        <source>The bundle was not written</source>
        <translation>Набор историй не записан</translation>
    </message>
    <message>
        <source>&amp;New Collection…</source>
        <translation>&amp;Новая подборка…</translation>
    </message>
    <message>
        <source>Select the stories to add first.</source>
        <translation>Сначала выберите истории, которые нужно добавить.</translation>
    </message>
    <message>
        <source>New Collection</source>
        <translation>Новая подборка</translation>
    </message>
    <message numerus="yes">
        <source>Name of the new collection (%n stories):</source>
        <translation>
            <numerusform>Название новой подборки (%n история):</numerusform>
            <numerusform>Название новой подборки (%n истории):</numerusform>
            <numerusform>Название новой подборки (%n историй):</numerusform>
        </translation>
    </message>
    <message>
        <source>The basket is empty.</source>
        <translation>Корзина пуста.</translation>
    </message>
    <message>
        <source>Save Basket as Collection</source>
        <translation>Сохранить корзину как подборку</translation>
    </message>
    <message numerus="yes">
        <source>Name of the collection (%n stories, in the basket&apos;s order):</source>
        <translation>
            <numerusform>Название подборки (%n история, в порядке корзины):</numerusform>
            <numerusform>Название подборки (%n истории, в порядке корзины):</numerusform>
            <numerusform>Название подборки (%n историй, в порядке корзины):</numerusform>
        </translation>
    </message>
    <message>
        <source>Type a query or choose a filter first, then save the search.</source>
        <translation>Сначала введите запрос или выберите фильтр, затем сохраните поиск.</translation>
    </message>
    <message>
        <source>Save Search</source>
        <translation>Сохранить поиск</translation>
    </message>
    <message>
        <source>Name of the saved search:</source>
        <translation>Название сохранённого поиска:</translation>
    </message>
    <message>
        <source>Replace the saved search “{name}”?</source>
        <translation>Заменить сохранённый поиск «{name}»?</translation>
    </message>
    <message>
        <source>It will search for the current query and filters instead.</source>
        <translation>Вместо прежних условий он будет искать по текущему запросу и фильтрам.</translation>
    </message>
    <message>
        <source>&amp;Replace</source>
        <translation>&amp;Заменить</translation>
    </message>
    <message>
        <source>Rename Collection</source>
        <translation>Переименовать подборку</translation>
    </message>
    <message>
        <source>New name for “{name}”:</source>
        <translation>Новое название для «{name}»:</translation>
    </message>
    <message>
        <source>Delete the collection “{name}”?</source>
        <translation>Удалить подборку «{name}»?</translation>
    </message>
    <message numerus="yes">
        <source>Its %n stories stay in the catalogue.</source>
        <translation>
            <numerusform>%n история из подборки останется в каталоге.</numerusform>
            <numerusform>%n истории из подборки останутся в каталоге.</numerusform>
            <numerusform>%n историй из подборки останутся в каталоге.</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Delete Collection</source>
        <translation>&amp;Удалить подборку</translation>
    </message>
    <message>
        <source>Delete the saved search “{name}”?</source>
        <translation>Удалить сохранённый поиск «{name}»?</translation>
    </message>
    <message>
        <source>No story is deleted.</source>
        <translation>Истории при этом не удаляются.</translation>
    </message>
    <message>
        <source>&amp;Delete Saved Search</source>
        <translation>&amp;Удалить сохранённый поиск</translation>
    </message>
    <message>
        <source>The collection “{name}” is empty.</source>
        <translation>Подборка «{name}» пуста.</translation>
    </message>
    <message>
        <source>A briefing pack is being made; wait for it to finish.</source>
        <translation>Брифинг-пакет ещё создаётся; дождитесь завершения.</translation>
    </message>
    <message>
        <source>Create Bundle of “{name}”</source>
        <translation>Создать набор историй из подборки «{name}»</translation>
    </message>
    <message>
        <source>Story bundles (*.storybundle)</source>
        <translation>Наборы историй (*.storybundle)</translation>
    </message>
    <message>
        <source>&amp;Show Stories</source>
        <translation>&amp;Показать истории</translation>
    </message>
    <message>
        <source>&amp;Rename…</source>
        <translation>Пере&amp;именовать…</translation>
    </message>
    <message>
        <source>&amp;Delete…</source>
        <translation>&amp;Удалить…</translation>
    </message>
    <message>
        <source>&amp;Export Pack…</source>
        <translation>&amp;Экспорт брифинг-пакета…</translation>
    </message>
    <message>
        <source>Export &amp;Bundle…</source>
        <translation>Экспорт &amp;набора историй…</translation>
    </message>
    <message>
        <source>Re&amp;move Selected Stories</source>
        <translation>У&amp;брать выбранные истории</translation>
    </message>
    <message>
        <source>&amp;Search Again</source>
        <translation>&amp;Повторить поиск</translation>
    </message>
</context>
<context>
    <name>Collections</name>
    <message>
        <source>a collection needs a name</source>
        <translation>у подборки должно быть название</translation>
    </message>
    <message>
        <source>a saved search needs a name</source>
        <translation>у сохранённого поиска должно быть название</translation>
    </message>
    <message>
        <source>the name &apos;{name}…&apos; is too long: at most {limit} characters</source>
        <translation>название «{name}…» слишком длинное: допускается не более {limit} симв.</translation>
    </message>
    <message>
        <source>there is no collection named &apos;{name}&apos;</source>
        <translation>нет подборки с названием «{name}»</translation>
    </message>
    <message>
        <source>a collection named &apos;{name}&apos; already exists; choose another name</source>
        <translation>подборка с названием «{name}» уже существует; выберите другое название</translation>
    </message>
    <message>
        <source>&apos;{facet}&apos; is not a search filter; the filters are {names}</source>
        <translation>«{facet}» — не фильтр поиска; доступные фильтры: {names}</translation>
    </message>
    <message>
        <source>there is no saved search named &apos;{name}&apos;</source>
        <translation>нет сохранённого поиска с названием «{name}»</translation>
    </message>
    <message>
        <source>a saved search named &apos;{name}&apos; already exists; choose another name or replace it</source>
        <translation>сохранённый поиск с названием «{name}» уже существует; выберите другое название или замените его</translation>
    </message>
</context>
<context>
    <name>CollectionsPanel</name>
    <message>
        <source>Collections</source>
        <translation>Подборки</translation>
    </message>
    <message>
        <source>Collections and saved searches</source>
        <translation>Подборки и сохранённые поиски</translation>
    </message>
    <message>
        <source>Saved Searches</source>
        <translation>Сохранённые поиски</translation>
    </message>
    <message>
        <source>Save Search…</source>
        <translation>Сохранить поиск…</translation>
    </message>
    <message>
        <source>Keep the current query and filters</source>
        <translation>Сохранить текущий запрос и фильтры</translation>
    </message>
    <message numerus="yes">
        <source>%n stories; click to show them</source>
        <translation>
            <numerusform>%n история; нажмите, чтобы показать её</numerusform>
            <numerusform>%n истории; нажмите, чтобы показать их</numerusform>
            <numerusform>%n историй; нажмите, чтобы показать их</numerusform>
        </translation>
    </message>
    <message>
        <source>None yet: save the basket as one</source>
        <translation>Пока нет: сохраните корзину как подборку</translation>
    </message>
    <message>
        <source>(all stories)</source>
        <translation>(все истории)</translation>
    </message>
    <message>
        <source>None yet: use Save Search…</source>
        <translation>Пока нет: используйте «Сохранить поиск…»</translation>
    </message>
</context>
<context>
    <name>ConflictList</name>
    <message numerus="yes">
        <source>%Ln fields edited here were also changed in the source. The catalogue kept your edits; keep them, or take the imported values.</source>
        <translation>
            <numerusform>%Ln поле, изменённое здесь, изменилось и в источнике. В каталоге сохранены ваши правки; оставьте их или возьмите значения из файла.</numerusform>
            <numerusform>%Ln поля, изменённые здесь, изменились и в источнике. В каталоге сохранены ваши правки; оставьте их или возьмите значения из файла.</numerusform>
            <numerusform>%Ln полей, изменённых здесь, изменились и в источнике. В каталоге сохранены ваши правки; оставьте их или возьмите значения из файла.</numerusform>
        </translation>
    </message>
    <message>
        <source>Fields edited here and changed in the source</source>
        <translation>Поля, изменённые здесь и в источнике</translation>
    </message>
    <message>
        <source>Story</source>
        <translation>История</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>Поле</translation>
    </message>
    <message>
        <source>Yours</source>
        <translation>Ваше</translation>
    </message>
    <message>
        <source>Theirs</source>
        <translation>Из файла</translation>
    </message>
    <message>
        <source>Keep All Mine</source>
        <translation>Оставить всё моё</translation>
    </message>
    <message>
        <source>Take All Theirs</source>
        <translation>Взять всё из файла</translation>
    </message>
    <message>
        <source>Keep Mine</source>
        <translation>Оставить моё</translation>
    </message>
    <message>
        <source>Keep the value edited here</source>
        <translation>Оставить значение, изменённое здесь</translation>
    </message>
    <message>
        <source>Take Theirs</source>
        <translation>Взять из файла</translation>
    </message>
    <message>
        <source>Replace your edit with the imported value</source>
        <translation>Заменить вашу правку импортированным значением</translation>
    </message>
    <message>
        <source>Saving…</source>
        <translation>Сохранение…</translation>
    </message>
    <message>
        <source>Kept yours</source>
        <translation>Оставлено ваше</translation>
    </message>
    <message>
        <source>Took theirs</source>
        <translation>Взято из файла</translation>
    </message>
    <message>
        <source>Not settled: {reason}</source>
        <translation>Не разрешено: {reason}</translation>
    </message>
</context>
<context>
    <name>ConflictsDialog</name>
    <message>
        <source>Import Conflicts</source>
        <translation>Расхождения при импорте</translation>
    </message>
    <message>
        <source>Reading the conflicts…</source>
        <translation>Чтение расхождений…</translation>
    </message>
    <message>
        <source>No conflicts: every field edited here agrees with its source.</source>
        <translation>Расхождений нет: все поля, изменённые здесь, совпадают с источником.</translation>
    </message>
    <message>
        <source>The conflicts could not be read. {reason}</source>
        <translation>Не удалось прочитать расхождения. {reason}</translation>
    </message>
</context>
<context>
    <name>DateRangeBox</name>
    <message>
        <source>Date range</source>
        <translation>Период</translation>
    </message>
    <message>
        <source>Stories dated on or after this day</source>
        <translation>Истории, датированные этим днём или позже</translation>
    </message>
    <message>
        <source>Stories dated up to this day</source>
        <translation>Истории, датированные этим днём или раньше</translation>
    </message>
    <message>
        <source>From date</source>
        <translation>Дата начала</translation>
    </message>
    <message>
        <source>To date</source>
        <translation>Дата окончания</translation>
    </message>
    <message>
        <source>Any date</source>
        <translation>Любая дата</translation>
    </message>
    <message>
        <source>Clear the date range</source>
        <translation>Очистить период</translation>
    </message>
    <message>
        <source>&amp;From:</source>
        <translation>&amp;С:</translation>
    </message>
    <message>
        <source>&amp;To:</source>
        <translation>&amp;По:</translation>
    </message>
    <message>
        <source>any</source>
        <translation>любая</translation>
    </message>
</context>
<context>
    <name>DeleteCommand</name>
    <message>
        <source>The deleted stories could not be put back</source>
        <translation>Не удалось вернуть удалённые истории</translation>
    </message>
    <message>
        <source>The stories could not be deleted</source>
        <translation>Не удалось удалить истории</translation>
    </message>
</context>
<context>
    <name>DeleteController</name>
    <message>
        <source>Delete of ‘{title}’</source>
        <translation>удаление «{title}»</translation>
    </message>
    <message numerus="yes">
        <source>Delete of %Ln stories</source>
        <translation>
            <numerusform>удаление %Ln истории</numerusform>
            <numerusform>удаление %Ln историй</numerusform>
            <numerusform>удаление %Ln историй</numerusform>
        </translation>
    </message>
    <message>
        <source>Delete Stories</source>
        <translation>Удаление историй</translation>
    </message>
    <message numerus="yes">
        <source>Delete %Ln stories?</source>
        <translation>
            <numerusform>Удалить %Ln историю?</numerusform>
            <numerusform>Удалить %Ln истории?</numerusform>
            <numerusform>Удалить %Ln историй?</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>and %Ln more</source>
        <translation>
            <numerusform>и ещё %Ln</numerusform>
            <numerusform>и ещё %Ln</numerusform>
            <numerusform>и ещё %Ln</numerusform>
        </translation>
    </message>
    <message>
        <source>Edit › Undo (Ctrl+Z) brings them back until you close StoryDesk.</source>
        <translation>Пока StoryDesk не закрыт, их можно вернуть командой «Правка › Отменить» (Ctrl+Z).</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Удалить</translation>
    </message>
    <message>
        <source>The stories could not be deleted</source>
        <translation>Не удалось удалить истории</translation>
    </message>
</context>
<context>
    <name>Directory</name>
    <message>
        <source>UN agency</source>
        <translation>Агентство ООН</translation>
    </message>
    <message>
        <source>NGO</source>
        <translation>НПО</translation>
    </message>
    <message>
        <source>Intergovernmental</source>
        <translation>Межправительственная организация</translation>
    </message>
    <message>
        <source>Government</source>
        <translation>Государственный орган</translation>
    </message>
    <message>
        <source>Ministry</source>
        <translation>Министерство</translation>
    </message>
    <message>
        <source>Donor</source>
        <translation>Донор</translation>
    </message>
    <message>
        <source>Private company</source>
        <translation>Частная компания</translation>
    </message>
    <message>
        <source>University</source>
        <translation>Университет</translation>
    </message>
    <message>
        <source>Financial institution</source>
        <translation>Финансовое учреждение</translation>
    </message>
    <message>
        <source>Media</source>
        <translation>СМИ</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>Страна</translation>
    </message>
    <message>
        <source>Region</source>
        <translation>Регион</translation>
    </message>
    <message>
        <source>District</source>
        <translation>Район</translation>
    </message>
    <message>
        <source>City</source>
        <translation>Город</translation>
    </message>
    <message>
        <source>Town</source>
        <translation>Малый город</translation>
    </message>
    <message>
        <source>Village</source>
        <translation>Село</translation>
    </message>
    <message>
        <source>Lake</source>
        <translation>Озеро</translation>
    </message>
    <message>
        <source>River</source>
        <translation>Река</translation>
    </message>
    <message>
        <source>Mountain</source>
        <translation>Гора</translation>
    </message>
</context>
<context>
    <name>DirectoryDialog</name>
    <message>
        <source>Partners and Places</source>
        <translation>Партнёры и места</translation>
    </message>
    <message>
        <source>Partner</source>
        <translation>Партнёр</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Тип</translation>
    </message>
    <message>
        <source>Stories</source>
        <translation>Истории</translation>
    </message>
    <message>
        <source>Also known as</source>
        <translation>Другие названия</translation>
    </message>
    <message>
        <source>Place</source>
        <translation>Место</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>Страна</translation>
    </message>
    <message>
        <source>&amp;Partners</source>
        <translation>&amp;Партнёры</translation>
    </message>
    <message>
        <source>P&amp;laces</source>
        <translation>&amp;Места</translation>
    </message>
    <message numerus="yes">
        <source>Merged “{source}” into “{target}”: %Ln stories relinked.</source>
        <translation>
            <numerusform>«{source}» объединён с «{target}»: перепривязана %Ln история.</numerusform>
            <numerusform>«{source}» объединён с «{target}»: перепривязаны %Ln истории.</numerusform>
            <numerusform>«{source}» объединён с «{target}»: перепривязано %Ln историй.</numerusform>
        </translation>
    </message>
    <message>
        <source>The partners were not merged. {reason}</source>
        <translation>Партнёры не объединены. {reason}</translation>
    </message>
</context>
<context>
    <name>DirectoryPage</name>
    <message>
        <source>Filter by name or alias…</source>
        <translation>Фильтр по любому из названий…</translation>
    </message>
    <message>
        <source>Filter the list</source>
        <translation>Фильтр списка</translation>
    </message>
    <message>
        <source>Choose an entry to see its stories.</source>
        <translation>Выберите запись, чтобы увидеть её истории.</translation>
    </message>
    <message>
        <source>Stories of the chosen entry</source>
        <translation>Истории выбранной записи</translation>
    </message>
    <message>
        <source>Show in Results</source>
        <translation>Показать в результатах</translation>
    </message>
    <message>
        <source>Merge into…</source>
        <translation>Объединить с…</translation>
    </message>
    <message>
        <source>Merge this partner into another entry of the same organisation</source>
        <translation>Объединить этого партнёра с другой записью той же организации</translation>
    </message>
    <message>
        <source>Stories naming {name}:</source>
        <translation>Истории, в которых упоминается {name}:</translation>
    </message>
    <message numerus="yes">
        <source>%Ln stories naming {name}:</source>
        <translation>
            <numerusform>%Ln история, в которой упоминается {name}:</numerusform>
            <numerusform>%Ln истории, в которых упоминается {name}:</numerusform>
            <numerusform>%Ln историй, в которых упоминается {name}:</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>EditCommand</name>
    <message>
        <source>Edit of ‘{title}’</source>
        <translation>изменение «{title}»</translation>
    </message>
    <message>
        <source>The edit could not be undone</source>
        <translation>Не удалось отменить изменение</translation>
    </message>
    <message>
        <source>The edit could not be made again</source>
        <translation>Не удалось повторить изменение</translation>
    </message>
</context>
<context>
    <name>EditStory</name>
    <message>
        <source>Add as a New Partner</source>
        <translation>Добавить как нового партнёра</translation>
    </message>
    <message>
        <source>Add as a New Place</source>
        <translation>Добавить как новое место</translation>
    </message>
    <message>
        <source>Add as a New Country</source>
        <translation>Добавить как новую страну</translation>
    </message>
    <message>
        <source>Add a partner: any name or alias…</source>
        <translation>Добавить партнёра: любое из названий…</translation>
    </message>
    <message>
        <source>Add a place: any name or alias…</source>
        <translation>Добавить место: любое из названий…</translation>
    </message>
    <message>
        <source>Add a country…</source>
        <translation>Добавить страну…</translation>
    </message>
    <message>
        <source>Add a tag…</source>
        <translation>Добавить тег…</translation>
    </message>
</context>
<context>
    <name>Errors</name>
    <message>
        <source>A file could not be read or written</source>
        <translation>Не удалось прочитать или записать файл</translation>
    </message>
    <message>
        <source>Something went wrong inside StoryDesk; the details are in the log file.</source>
        <translation>Внутренняя ошибка StoryDesk; подробности — в файле журнала.</translation>
    </message>
    <message>
        <source>StoryDesk</source>
        <translation>StoryDesk</translation>
    </message>
    <message>
        <source>Error message</source>
        <translation>Сообщение об ошибке</translation>
    </message>
    <message>
        <source>the work</source>
        <translation>операция</translation>
    </message>
    <message>
        <source>{work} was cancelled</source>
        <translation>отменено: {work}</translation>
    </message>
</context>
<context>
    <name>ExportedNotice</name>
    <message>
        <source>Show in Folder</source>
        <translation>Показать в папке</translation>
    </message>
    <message>
        <source>Show the exported pack in its folder</source>
        <translation>Показать сохранённый брифинг-пакет в папке</translation>
    </message>
    <message>
        <source>Dismiss</source>
        <translation>Закрыть</translation>
    </message>
    <message>
        <source>Dismiss the export message</source>
        <translation>Закрыть сообщение об экспорте</translation>
    </message>
    <message numerus="yes">
        <source>%Ln stories</source>
        <translation>
            <numerusform>%Ln история</numerusform>
            <numerusform>%Ln истории</numerusform>
            <numerusform>%Ln историй</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln pages</source>
        <translation>
            <numerusform>%Ln страница</numerusform>
            <numerusform>%Ln страницы</numerusform>
            <numerusform>%Ln страниц</numerusform>
        </translation>
    </message>
    <message>
        <source>Briefing pack saved: {path} ({counts})</source>
        <translation>Брифинг-пакет сохранён: {path} ({counts})</translation>
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
        <translation>Фильтры</translation>
    </message>
    <message numerus="yes">
        <source>Show all (%Ln more)…</source>
        <translation>
            <numerusform>Показать все (ещё %Ln)…</numerusform>
            <numerusform>Показать все (ещё %Ln)…</numerusform>
            <numerusform>Показать все (ещё %Ln)…</numerusform>
        </translation>
    </message>
    <message>
        <source>Choose among every {facet} value in a list you can filter</source>
        <translation>Выбрать из полного списка значений ({facet}), который можно сократить</translation>
    </message>
    <message>
        <source>{value}  ({count})</source>
        <translation>{value}  ({count})</translation>
    </message>
    <message>
        <source>{value}: chosen. Click to remove this filter.</source>
        <translation>{value}: выбрано. Щёлкните, чтобы убрать этот фильтр.</translation>
    </message>
    <message numerus="yes">
        <source>{value}, chosen, %Ln stories</source>
        <translation>
            <numerusform>{value}, выбрано, %Ln история</numerusform>
            <numerusform>{value}, выбрано, %Ln истории</numerusform>
            <numerusform>{value}, выбрано, %Ln историй</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>{value}: %Ln stories. Click to add it to the filter.</source>
        <translation>
            <numerusform>{value}: %Ln история. Щёлкните, чтобы добавить в фильтр.</numerusform>
            <numerusform>{value}: %Ln истории. Щёлкните, чтобы добавить в фильтр.</numerusform>
            <numerusform>{value}: %Ln историй. Щёлкните, чтобы добавить в фильтр.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>{value}, %Ln stories</source>
        <translation>
            <numerusform>{value}, %Ln история</numerusform>
            <numerusform>{value}, %Ln истории</numerusform>
            <numerusform>{value}, %Ln историй</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>FacetValuesDialog</name>
    <message>
        <source>Filter by {facet}</source>
        <translation>Фильтр: {facet}</translation>
    </message>
    <message>
        <source>{value}  ({count})</source>
        <translation>{value}  ({count})</translation>
    </message>
    <message>
        <source>Type to narrow the list</source>
        <translation>Начните вводить, чтобы сократить список</translation>
    </message>
    <message>
        <source>Narrow the {facet} list</source>
        <translation>Сократить список ({facet})</translation>
    </message>
    <message>
        <source>Every {facet} value</source>
        <translation>Все значения ({facet})</translation>
    </message>
    <message>
        <source>Untick All</source>
        <translation>Снять все отметки</translation>
    </message>
    <message numerus="yes">
        <source>%Ln values listed</source>
        <translation>
            <numerusform>В списке %Ln значение</numerusform>
            <numerusform>В списке %Ln значения</numerusform>
            <numerusform>В списке %Ln значений</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln chosen</source>
        <translation>
            <numerusform>выбрано: %Ln</numerusform>
            <numerusform>выбрано: %Ln</numerusform>
            <numerusform>выбрано: %Ln</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Facets</name>
    <message>
        <source>Country</source>
        <translation>Страна</translation>
    </message>
    <message>
        <source>Place</source>
        <translation>Место</translation>
    </message>
    <message>
        <source>Partner</source>
        <translation>Партнёр</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Язык</translation>
    </message>
    <message>
        <source>Year</source>
        <translation>Год</translation>
    </message>
    <message>
        <source>SDG</source>
        <translation>ЦУР</translation>
    </message>
    <message>
        <source>Tag</source>
        <translation>Метка</translation>
    </message>
    <message>
        <source>Dates</source>
        <translation>Даты</translation>
    </message>
    <message>
        <source>{language} ({code})</source>
        <translation>{language} ({code})</translation>
    </message>
    <message>
        <source>Undated</source>
        <translation>Без даты</translation>
    </message>
    <message>
        <source>{start} – {end}</source>
        <translation>{start} – {end}</translation>
    </message>
    <message>
        <source>from {start}</source>
        <translation>с {start}</translation>
    </message>
    <message>
        <source>until {end}</source>
        <translation>по {end}</translation>
    </message>
    <message>
        <source>Goal {number}</source>
        <translation>Цель {number}</translation>
    </message>
</context>
<context>
    <name>FirstRunPanel</name>
    <message>
        <source>&lt;h2&gt;Welcome to StoryDesk&lt;/h2&gt;</source>
        <translation>&lt;h2&gt;Добро пожаловать в StoryDesk&lt;/h2&gt;</translation>
    </message>
    <message>
        <source>The catalogue is empty. Import story bundles, folders or files (or drop them on this window), or start with the sample stories that come with StoryDesk.</source>
        <translation>Каталог пуст. Импортируйте наборы историй, папки или файлы (или перетащите их в это окно) либо начните с примеров историй, входящих в StoryDesk.</translation>
    </message>
    <message>
        <source>Import the Sample Stories</source>
        <translation>Импортировать примеры историй</translation>
    </message>
    <message>
        <source>Import the sample stories</source>
        <translation>Импортировать примеры историй</translation>
    </message>
    <message>
        <source>Import Files…</source>
        <translation>Импортировать файлы…</translation>
    </message>
    <message>
        <source>This installation has no sample bundle.</source>
        <translation>В этой установке StoryDesk нет примеров историй.</translation>
    </message>
</context>
<context>
    <name>GuideWindow</name>
    <message>
        <source>StoryDesk User&apos;s Guide</source>
        <translation>Руководство пользователя StoryDesk</translation>
    </message>
    <message>
        <source>Contents</source>
        <translation>Содержание</translation>
    </message>
    <message>
        <source>Guide page</source>
        <translation>Страница руководства</translation>
    </message>
    <message>
        <source>Navigation</source>
        <translation>Навигация</translation>
    </message>
    <message>
        <source>Back</source>
        <translation>Назад</translation>
    </message>
    <message>
        <source>Forward</source>
        <translation>Вперёд</translation>
    </message>
    <message>
        <source>Find in page</source>
        <translation>Найти на странице</translation>
    </message>
    <message>
        <source>Find</source>
        <translation>Найти</translation>
    </message>
    <message>
        <source>Find Next</source>
        <translation>Найти далее</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Закрыть</translation>
    </message>
    <message>
        <source>The user&apos;s guide is not installed.</source>
        <translation>Руководство пользователя не установлено.</translation>
    </message>
    <message>
        <source>This guide has no page “{name}”.</source>
        <translation>В руководстве нет страницы «{name}».</translation>
    </message>
    <message>
        <source>This page of the guide could not be read.</source>
        <translation>Не удалось прочитать эту страницу руководства.</translation>
    </message>
    <message>
        <source>Links outside the guide are not opened: {address}</source>
        <translation>Ссылки за пределы руководства не открываются: {address}</translation>
    </message>
    <message>
        <source>Not a page of this guide: {address}</source>
        <translation>Это не страница руководства: {address}</translation>
    </message>
    <message>
        <source>“{text}” is not on this page.</source>
        <translation>«{text}» на этой странице не найдено.</translation>
    </message>
</context>
<context>
    <name>HistoryDialog</name>
    <message>
        <source>History of ‘{title}’</source>
        <translation>История изменений: «{title}»</translation>
    </message>
    <message>
        <source>Reading the history…</source>
        <translation>Чтение истории изменений…</translation>
    </message>
    <message>
        <source>Changes to this story</source>
        <translation>Изменения этой истории</translation>
    </message>
    <message>
        <source>This story has not been changed here.</source>
        <translation>Эта история здесь не изменялась.</translation>
    </message>
    <message numerus="yes">
        <source>%Ln changes, newest first</source>
        <translation>
            <numerusform>%Ln изменение, сначала новые</numerusform>
            <numerusform>%Ln изменения, сначала новые</numerusform>
            <numerusform>%Ln изменений, сначала новые</numerusform>
        </translation>
    </message>
    <message>
        <source>The history could not be read. {reason}</source>
        <translation>Не удалось прочитать историю изменений. {reason}</translation>
    </message>
</context>
<context>
    <name>ImageViewer</name>
    <message>
        <source>Image</source>
        <translation>Изображение</translation>
    </message>
    <message>
        <source>◀ Previous</source>
        <translation>◀ Предыдущее</translation>
    </message>
    <message>
        <source>Next ▶</source>
        <translation>Следующее ▶</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Закрыть</translation>
    </message>
    <message>
        <source>Photo: {credit}</source>
        <translation>Фото: {credit}</translation>
    </message>
    <message>
        <source>{number} of {count}</source>
        <translation>{number} из {count}</translation>
    </message>
    <message>
        <source>This image is not available.</source>
        <translation>Это изображение недоступно.</translation>
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
        <translation>в имени есть символ NUL</translation>
    </message>
    <message>
        <source>is an absolute path</source>
        <translation>это абсолютный путь</translation>
    </message>
    <message>
        <source>escapes the bundle with &apos;..&apos;</source>
        <translation>выходит за пределы набора историй через «..»</translation>
    </message>
    <message>
        <source>a named pipe (FIFO)</source>
        <translation>именованный канал (FIFO)</translation>
    </message>
    <message>
        <source>a socket</source>
        <translation>сокет</translation>
    </message>
    <message>
        <source>a device</source>
        <translation>устройство</translation>
    </message>
    <message>
        <source>a special file</source>
        <translation>специальный файл</translation>
    </message>
    <message>
        <source>is {kind}, not a regular file; it was not read</source>
        <translation>это {kind}, а не обычный файл; он не прочитан</translation>
    </message>
    <message>
        <source>cannot be read ({error})</source>
        <translation>не удалось прочитать ({error})</translation>
    </message>
    <message>
        <source>a file of an unknown kind</source>
        <translation>файл неизвестного типа</translation>
    </message>
    <message>
        <source>is a link; links are not followed</source>
        <translation>это ссылка; StoryDesk не переходит по ссылкам</translation>
    </message>
    <message>
        <source>the file is {size:,} bytes, over the {limit:,} limit</source>
        <translation>размер файла — {size:,} байт, больше предела в {limit:,} байт</translation>
    </message>
    <message>
        <source>the path leaves the folder</source>
        <translation>путь выходит за пределы папки</translation>
    </message>
    <message>
        <source>not a readable ZIP archive</source>
        <translation>не удалось прочитать как ZIP-архив</translation>
    </message>
    <message>
        <source>its list of files is {size:,} bytes, over the {limit:,} limit (too many files)</source>
        <translation>список файлов архива занимает {size:,} байт, больше предела в {limit:,} байт (слишком много файлов)</translation>
    </message>
    <message>
        <source>entry &apos;{name}&apos; {reason}</source>
        <translation>элемент «{name}»: {reason}</translation>
    </message>
    <message>
        <source>entry &apos;{name}&apos; is a link</source>
        <translation>элемент «{name}» — ссылка</translation>
    </message>
    <message>
        <source>entry &apos;{name}&apos; is {kind}</source>
        <translation>элемент «{name}» — {kind}</translation>
    </message>
    <message>
        <source>entry &apos;{name}&apos; is encrypted</source>
        <translation>элемент «{name}» зашифрован</translation>
    </message>
    <message>
        <source>entry &apos;{name}&apos; unpacks to {size:,} bytes, over the {limit:,} limit</source>
        <translation>элемент «{name}» распаковывается в {size:,} байт, больше предела в {limit:,} байт</translation>
    </message>
    <message>
        <source>entry &apos;{name}&apos; is a compression bomb ({packed:,} bytes unpack to {size:,}, over {ratio}:1)</source>
        <translation>элемент «{name}» — zip-бомба ({packed:,} байт распаковываются в {size:,}, сжатие больше {ratio}:1)</translation>
    </message>
    <message>
        <source>entry &apos;{name}&apos; appears twice</source>
        <translation>элемент «{name}» встречается дважды</translation>
    </message>
    <message>
        <source>entries &apos;{first}&apos; and &apos;{second}&apos; differ only in letter case or Unicode form; which one is meant is ambiguous</source>
        <translation>элементы «{first}» и «{second}» различаются только регистром букв или формой Юникода; неясно, какой из них имеется в виду</translation>
    </message>
    <message>
        <source>unpacks to {size:,} bytes, over the {limit:,} limit</source>
        <translation>распаковывается в {size:,} байт, больше предела в {limit:,} байт</translation>
    </message>
    <message>
        <source>is a compression bomb ({packed:,} bytes unpack to {size:,}, over {ratio}:1)</source>
        <translation>это zip-бомба ({packed:,} байт распаковываются в {size:,}, сжатие больше {ratio}:1)</translation>
    </message>
    <message>
        <source>entries &apos;{first}&apos; and &apos;{second}&apos; overlap in the archive (a compression bomb)</source>
        <translation>элементы «{first}» и «{second}» перекрываются в архиве (zip-бомба)</translation>
    </message>
    <message>
        <source>is not in the bundle</source>
        <translation>отсутствует в наборе историй</translation>
    </message>
    <message>
        <source>is {size:,} bytes, over the {limit:,} limit</source>
        <translation>занимает {size:,} байт, больше предела в {limit:,} байт</translation>
    </message>
    <message>
        <source>unpacks to more than it declares</source>
        <translation>при распаковке занимает больше заявленного размера</translation>
    </message>
    <message>
        <source>uses a compression method StoryDesk cannot read ({error})</source>
        <translation>сжат методом, который StoryDesk не умеет читать ({error})</translation>
    </message>
    <message>
        <source>is damaged in the archive ({error})</source>
        <translation>повреждён в архиве ({error})</translation>
    </message>
    <message>
        <source>is damaged in the archive (unpacks to {size:,} bytes, not {declared:,})</source>
        <translation>повреждён в архиве (распаковывается в {size:,} байт, а не в {declared:,})</translation>
    </message>
    <message>
        <source>holds {count:,} files, over the {limit:,} limit</source>
        <translation>содержит слишком много файлов: {count:,} при пределе {limit:,}</translation>
    </message>
    <message>
        <source>the compressed data are corrupt: {error}</source>
        <translation>сжатые данные повреждены: {error}</translation>
    </message>
    <message>
        <source>the spreadsheet is empty</source>
        <translation>таблица пуста</translation>
    </message>
    <message>
        <source>no column holds the story text (expected e.g. &apos;text&apos; or &apos;title&apos;)</source>
        <translation>ни в одном столбце нет текста истории (ожидается, например, «text» или «title»)</translation>
    </message>
    <message>
        <source>row {number} opens a quote (&quot;) it never closes; the {count} lines after it are read as rows of their own</source>
        <translation>в строке {number} открыта кавычка (&quot;), которая нигде не закрывается; следующие за ней строки файла ({count}) прочитаны как отдельные строки таблицы</translation>
    </message>
    <message>
        <source>the spreadsheet is malformed ({error})</source>
        <translation>таблица имеет неверный формат ({error})</translation>
    </message>
    <message>
        <source>row {number} is empty</source>
        <translation>строка {number} пуста</translation>
    </message>
    <message>
        <source>row {number} holds NUL bytes (damaged); left out</source>
        <translation>строка {number} содержит байты NUL (повреждена); пропущена</translation>
    </message>
    <message>
        <source>row {number} has neither a title nor text</source>
        <translation>в строке {number} нет ни заголовка, ни текста</translation>
    </message>
    <message>
        <source>row {number} repeats row {earlier} exactly</source>
        <translation>строка {number} полностью повторяет строку {earlier}</translation>
    </message>
    <message>
        <source>row {number} repeats id {id} of row {earlier}; row {earlier} is kept</source>
        <translation>строка {number} повторяет идентификатор {id} из строки {earlier}; оставлена строка {earlier}</translation>
    </message>
    <message>
        <source>title</source>
        <translation>заголовок</translation>
    </message>
    <message>
        <source>author</source>
        <translation>автор</translation>
    </message>
    <message>
        <source>source name</source>
        <translation>название источника</translation>
    </message>
    <message>
        <source>source url</source>
        <translation>URL источника</translation>
    </message>
    <message>
        <source>summary</source>
        <translation>краткое содержание</translation>
    </message>
    <message>
        <source>external id</source>
        <translation>внешний идентификатор</translation>
    </message>
    <message>
        <source>countries</source>
        <translation>страны</translation>
    </message>
    <message>
        <source>places</source>
        <translation>места</translation>
    </message>
    <message>
        <source>partners</source>
        <translation>партнёры</translation>
    </message>
    <message>
        <source>tags</source>
        <translation>теги</translation>
    </message>
    <message>
        <source>translations</source>
        <translation>переводы</translation>
    </message>
    <message>
        <source>{field} of {length:,} characters is over the {limit:,} limit; it was left out</source>
        <translation>поле «{field}» длиной {length:,} симв. превышает предел в {limit:,} симв.; оно пропущено</translation>
    </message>
    <message>
        <source>{field} of {length:,} characters was cut to {limit:,}</source>
        <translation>поле «{field}» длиной {length:,} симв. сокращено до {limit:,} симв.</translation>
    </message>
    <message>
        <source>{count:,} of {total:,} {field} were left out (over {item_limit} characters each or {limit} in all)</source>
        <translation>пропущены значения поля «{field}»: {count:,} из {total:,} (длиннее {item_limit} симв. каждое или {limit} в сумме)</translation>
    </message>
    <message>
        <source>the file is binary, not text</source>
        <translation>файл двоичный, а не текстовый</translation>
    </message>
    <message>
        <source>text marked as {codec} does not decode</source>
        <translation>текст, помеченный как {codec}, не удаётся декодировать</translation>
    </message>
    <message>
        <source>the file is not text in any known encoding</source>
        <translation>файл не является текстом ни в одной известной кодировке</translation>
    </message>
    <message>
        <source>the page has no title and no article text</source>
        <translation>на странице нет ни заголовка, ни текста статьи</translation>
    </message>
    <message>
        <source>page is {size:.1f} million characters, over the {limit} million limit</source>
        <translation>страница содержит {size:.1f} млн символов, больше предела в {limit} млн</translation>
    </message>
    <message>
        <source>the import</source>
        <translation>импорт</translation>
    </message>
    <message>
        <source>could not be read ({error}); details in the log</source>
        <translation>не удалось прочитать ({error}); подробности в журнале</translation>
    </message>
    <message>
        <source>a publisher</source>
        <translation>издатель</translation>
    </message>
    <message>
        <source>{publisher} (fingerprint {fingerprint}…)</source>
        <translation>{publisher} (отпечаток {fingerprint}…)</translation>
    </message>
    <message>
        <source>an unsigned bundle</source>
        <translation>набор историй без подписи</translation>
    </message>
    <message>
        <source>a file or folder, not a signed bundle</source>
        <translation>файл или папка, а не подписанный набор историй</translation>
    </message>
    <message>
        <source>an unknown publisher &quot;{publisher}&quot; (fingerprint {fingerprint}…)</source>
        <translation>неизвестный издатель «{publisher}» (отпечаток {fingerprint}…)</translation>
    </message>
    <message>
        <source>a story imported here, not from a bundle</source>
        <translation>история, импортированная здесь не из набора историй</translation>
    </message>
    <message>
        <source>{incoming}: a bundle that is unsigned or from an unknown publisher only adds stories</source>
        <translation>{incoming}: набор историй без подписи или от неизвестного издателя может только добавлять истории</translation>
    </message>
    <message>
        <source>the bundle is unsigned</source>
        <translation>набор историй не подписан</translation>
    </message>
    <message>
        <source>the bundle&apos;s publisher is not trusted here</source>
        <translation>этот каталог не доверяет издателю набора историй</translation>
    </message>
    <message>
        <source>no story with this id is in the catalogue</source>
        <translation>в каталоге нет истории с таким идентификатором</translation>
    </message>
    <message>
        <source>the story did not come from this publisher</source>
        <translation>история получена не от этого издателя</translation>
    </message>
    <message>
        <source>withdrawal of story {id} not applied: {reason}</source>
        <translation>отзыв истории {id} не выполнен: {reason}</translation>
    </message>
    <message>
        <source>story &apos;{title}&apos;: image {image} is missing (not in the folder or bundle)</source>
        <translation>история «{title}»: не найдено изображение {image} (ни в папке, ни в наборе историй)</translation>
    </message>
    <message>
        <source>the same story as {earlier} (&apos;{title}&apos;), read earlier in this import; this later version is the one kept</source>
        <translation>та же история, что и {earlier} («{title}»), прочитанная ранее при этом импорте; сохранена эта, более поздняя версия</translation>
    </message>
    <message>
        <source>not valid JSON ({error})</source>
        <translation>некорректный JSON ({error})</translation>
    </message>
    <message>
        <source>holds over {limit:,} records</source>
        <translation>содержит больше {limit:,} записей</translation>
    </message>
    <message>
        <source>record {number} is not an object</source>
        <translation>запись {number} не является объектом</translation>
    </message>
    <message>
        <source>record {number} has neither a title nor text</source>
        <translation>в записи {number} нет ни заголовка, ни текста</translation>
    </message>
    <message>
        <source>record {number} repeats the id of record {earlier}; record {earlier} is kept</source>
        <translation>запись {number} повторяет идентификатор записи {earlier}; оставлена запись {earlier}</translation>
    </message>
    <message>
        <source>YAML expands to over {limit:,} values (aliases repeating aliases); refused as a memory bomb</source>
        <translation>YAML разворачивается более чем в {limit:,} значений (псевдонимы, повторяющие псевдонимы); отклонено как попытка переполнить память</translation>
    </message>
    <message>
        <source>front matter cannot be read ({error})</source>
        <translation>не удалось прочитать блок метаданных (front matter) ({error})</translation>
    </message>
    <message>
        <source>front matter is not a set of fields</source>
        <translation>блок метаданных (front matter) не является набором полей</translation>
    </message>
    <message>
        <source>yes/no value</source>
        <translation>значение «да/нет»</translation>
    </message>
    <message>
        <source>number</source>
        <translation>число</translation>
    </message>
    <message>
        <source>set of fields</source>
        <translation>набор полей</translation>
    </message>
    <message>
        <source>list</source>
        <translation>список</translation>
    </message>
    <message>
        <source>YAML refers to itself through an alias</source>
        <translation>YAML ссылается сам на себя через псевдоним</translation>
    </message>
    <message>
        <source>text</source>
        <translation>текст</translation>
    </message>
    <message>
        <source>a list of names</source>
        <translation>список названий</translation>
    </message>
    <message>
        <source>a name</source>
        <translation>название</translation>
    </message>
    <message>
        <source>a date</source>
        <translation>дата</translation>
    </message>
    <message>
        <source>front matter &apos;{key}&apos; is a {shape}, not {expected}; it was left out</source>
        <translation>поле «{key}» в блоке метаданных — {shape}, а ожидается {expected}; оно пропущено</translation>
    </message>
    <message>
        <source>a rich-text document</source>
        <translation>документ RTF</translation>
    </message>
    <message>
        <source>a tab-separated table</source>
        <translation>таблица с разделителями-табуляциями</translation>
    </message>
    <message>
        <source>not listed in bundle.json</source>
        <translation>не указан в bundle.json</translation>
    </message>
    <message>
        <source>site furniture (README, LICENSE...), not a story</source>
        <translation>служебный файл сайта (README, LICENSE...), а не история</translation>
    </message>
    <message>
        <source>an old Word document (.doc)</source>
        <translation>старый документ Word (.doc)</translation>
    </message>
    <message>
        <source>an old Excel workbook (.xls)</source>
        <translation>старая книга Excel (.xls)</translation>
    </message>
    <message>
        <source>save it as .docx, .odt or text</source>
        <translation>сохраните его как .docx, .odt или текст</translation>
    </message>
    <message>
        <source>save it as .csv</source>
        <translation>сохраните её как .csv</translation>
    </message>
    <message>
        <source>save it as .xlsx, .ods or .csv</source>
        <translation>сохраните её как .xlsx, .ods или .csv</translation>
    </message>
    <message>
        <source>.md, .markdown, .txt, .html, .htm, .csv, .json, .docx, .odt, .pdf, .xlsx, .ods, .storybundle and .zip</source>
        <translation>.md, .markdown, .txt, .html, .htm, .csv, .json, .docx, .odt, .pdf, .xlsx, .ods, .storybundle и .zip</translation>
    </message>
    <message>
        <source>a website&apos;s configuration file, not a story</source>
        <translation>файл настроек сайта, а не история</translation>
    </message>
    <message>
        <source>{kind}, not a story format: {advice} (StoryDesk reads {formats})</source>
        <translation>{kind}, не формат историй: {advice} (StoryDesk читает {formats})</translation>
    </message>
    <message>
        <source>&apos;{extension}&apos; is not a story format (StoryDesk reads {formats})</source>
        <translation>«{extension}» — не формат историй (StoryDesk читает {formats})</translation>
    </message>
    <message>
        <source>extensionless</source>
        <translation>без расширения</translation>
    </message>
    <message>
        <source>is a broken link</source>
        <translation>это битая ссылка</translation>
    </message>
    <message>
        <source>no such file or folder</source>
        <translation>нет такого файла или папки</translation>
    </message>
    <message>
        <source>is {kind}, not a regular file; not read</source>
        <translation>это {kind}, а не обычный файл; не прочитан</translation>
    </message>
    <message>
        <source>{count} image file(s) ({kinds}): not stories; a story that names an image takes it</source>
        <translation>файлы изображений ({kinds}), всего {count}: это не истории; изображение добавляется к той истории, которая на него ссылается</translation>
    </message>
    <message>
        <source>site furniture folder (templates, build output)</source>
        <translation>служебная папка сайта (шаблоны, результаты сборки)</translation>
    </message>
    <message>
        <source>{count} hidden file(s) or folder(s) (names starting with &apos;.&apos;) passed over</source>
        <translation>пропущены скрытые файлы и папки (имена начинаются с «.»): {count}</translation>
    </message>
    <message>
        <source>listed in bundle.json but missing</source>
        <translation>указан в bundle.json, но отсутствует</translation>
    </message>
    <message>
        <source>hidden file (name starting with &apos;.&apos;) passed over</source>
        <translation>скрытый файл (имя начинается с «.») пропущен</translation>
    </message>
    <message>
        <source>{count} file(s) in a hidden or system folder passed over</source>
        <translation>пропущены файлы в скрытых или системных папках: {count}</translation>
    </message>
    <message>
        <source>the file is empty</source>
        <translation>файл пуст</translation>
    </message>
    <message>
        <source>holds no stories (objects with a &apos;title&apos; or &apos;text&apos;)</source>
        <translation>не содержит историй (объектов с полем «title» или «text»)</translation>
    </message>
    <message>
        <source>JSON that holds no stories (objects with a &apos;title&apos; or &apos;text&apos;)</source>
        <translation>JSON без историй (объектов с полем «title» или «text»)</translation>
    </message>
    <message>
        <source>holds no story text</source>
        <translation>не содержит текста истории</translation>
    </message>
    <message>
        <source>{what}, not a story</source>
        <translation>{what}, а не история</translation>
    </message>
    <message>
        <source>looks like {what}; imported because the file was named on its own</source>
        <translation>похоже на {what}; импортировано, потому что файл указан отдельно</translation>
    </message>
    <message>
        <source>a site&apos;s home page</source>
        <translation>главная страница сайта</translation>
    </message>
    <message>
        <source>a listing page (layout: {layout})</source>
        <translation>страница-список (layout: {layout})</translation>
    </message>
    <message>
        <source>a navigation page (titled &apos;{title}&apos;)</source>
        <translation>страница навигации (заголовок «{title}»)</translation>
    </message>
    <message>
        <source>a site&apos;s policy page (titled &apos;{title}&apos;)</source>
        <translation>страница правил сайта (заголовок «{title}»)</translation>
    </message>
    <message>
        <source>a navigation page (mostly links, no article text)</source>
        <translation>страница навигации (в основном ссылки, без текста статьи)</translation>
    </message>
    <message>
        <source>a section&apos;s list page (Hugo _index) with little text</source>
        <translation>страница-список раздела (Hugo _index) с небольшим текстом</translation>
    </message>
    <message>
        <source>a layout page with no text of its own (layout: {layout})</source>
        <translation>страница шаблона без собственного текста (layout: {layout})</translation>
    </message>
    <message>
        <source>a stub of a few words</source>
        <translation>заготовка из нескольких слов</translation>
    </message>
    <message>
        <source>is damaged: not a readable document package</source>
        <translation>повреждён: это не читаемый пакет документа</translation>
    </message>
    <message>
        <source>holds {count:,} parts, over the {limit:,} limit</source>
        <translation>содержит {count:,} частей, больше предела {limit:,}</translation>
    </message>
    <message>
        <source>its part {name} unpacks to {size:,} bytes, over the {limit:,} limit</source>
        <translation>его часть {name} распаковывается в {size:,} байт, больше предела {limit:,}</translation>
    </message>
    <message>
        <source>unpacks to {size:,} bytes in all, over the {limit:,} limit</source>
        <translation>распаковывается всего в {size:,} байт, больше предела {limit:,}</translation>
    </message>
    <message>
        <source>a picture in {format} format, which StoryDesk does not store</source>
        <translation>изображение в формате {format}, который StoryDesk не хранит</translation>
    </message>
    <message>
        <source>a picture of {size:,} bytes, over the {limit:,} limit</source>
        <translation>изображение размером {size:,} байт, больше предела {limit:,}</translation>
    </message>
    <message>
        <source>over the {limit} pictures taken from one document</source>
        <translation>сверх {limit} изображений, которые берутся из одного документа</translation>
    </message>
    <message>
        <source>is refused by the OpenDocument reader&apos;s zip bomb check</source>
        <translation>отклонён проверкой на zip-бомбу в модуле чтения OpenDocument</translation>
    </message>
    <message>
        <source>is an OpenDocument file but not a text document</source>
        <translation>файл OpenDocument, но не текстовый документ</translation>
    </message>
    <message>
        <source>is damaged: its OpenDocument text cannot be read</source>
        <translation>повреждён: текст OpenDocument не читается</translation>
    </message>
    <message>
        <source>is password-protected; save it without a password and import it again</source>
        <translation>защищён паролем; сохраните его без пароля и импортируйте снова</translation>
    </message>
    <message>
        <source>is damaged: its XML declares a DTD, which ODF never does</source>
        <translation>повреждён: его XML объявляет DTD, чего в ODF не бывает</translation>
    </message>
    <message>
        <source>an embedded object is not opened</source>
        <translation>встроенный объект не открывается</translation>
    </message>
    <message>
        <source>a picture linked from outside the file; it is not fetched</source>
        <translation>изображение по ссылке вне файла; оно не загружается</translation>
    </message>
    <message>
        <source>a picture the file names but does not hold</source>
        <translation>изображение, которое файл называет, но не содержит</translation>
    </message>
    <message>
        <source>is password-protected</source>
        <translation>защищён паролем</translation>
    </message>
    <message>
        <source>is encrypted with a method StoryDesk cannot read</source>
        <translation>зашифрован способом, который StoryDesk не умеет читать</translation>
    </message>
    <message>
        <source>is damaged: not a readable PDF</source>
        <translation>повреждён: это не читаемый PDF</translation>
    </message>
    <message>
        <source>no text layer (scanned)</source>
        <translation>нет текстового слоя (скан)</translation>
    </message>
    <message>
        <source>only the first {limit:,} of {count:,} pages were read</source>
        <translation>прочитаны только первые {limit:,} из {count:,} страниц</translation>
    </message>
    <message>
        <source>page {page} could not be read</source>
        <translation>страница {page} не читается</translation>
    </message>
    <message>
        <source>{count:,} of {total:,} pages hold only pictures (scanned); their text was not read</source>
        <translation>{count:,} из {total:,} страниц содержат только изображения (скан); их текст не прочитан</translation>
    </message>
    <message>
        <source>page {page} holds {count:,} characters; {limit:,} were read</source>
        <translation>на странице {page} {count:,} символов; прочитано {limit:,}</translation>
    </message>
    <message>
        <source>text was cut at {limit:,} characters, on page {page}</source>
        <translation>текст обрезан на {limit:,} символах, на странице {page}</translation>
    </message>
    <message>
        <source>{count:,} pictures over the {limit:,} limit were left out</source>
        <translation>{count:,} изображений сверх предела {limit:,} не взяты</translation>
    </message>
    <message>
        <source>the picture could not be read from the PDF</source>
        <translation>изображение не удалось прочитать из PDF</translation>
    </message>
    <message>
        <source>the picture is {width}×{height} pixels, over the limit</source>
        <translation>изображение размером {width}×{height} пикселей, больше предела</translation>
    </message>
    <message>
        <source>the picture is {size:,} bytes, over the {limit:,} limit</source>
        <translation>изображение размером {size:,} байт, больше предела {limit:,}</translation>
    </message>
    <message>
        <source>is damaged: not a readable spreadsheet ({error})</source>
        <translation>повреждён: это не читаемая таблица ({error})</translation>
    </message>
    <message>
        <source>is an old Excel workbook (.xls) named .xlsx; save it as .xlsx, .ods or .csv</source>
        <translation>старая книга Excel (.xls) с именем .xlsx; сохраните её как .xlsx, .ods или .csv</translation>
    </message>
    <message>
        <source>is damaged: it holds no sheets</source>
        <translation>повреждён: в нём нет листов</translation>
    </message>
    <message>
        <source>is not an OpenDocument spreadsheet ({kind})</source>
        <translation>не таблица OpenDocument ({kind})</translation>
    </message>
    <message>
        <source>sheet {name} has no header row naming a text or title column (looked in its first {count} rows)</source>
        <translation>на листе {name} нет строки заголовков со столбцом текста или заголовка (просмотрены первые {count} строк)</translation>
    </message>
    <message>
        <source>sheet {name} is empty</source>
        <translation>лист {name} пуст</translation>
    </message>
    <message>
        <source>holds no story rows</source>
        <translation>не содержит строк с историями</translation>
    </message>
    <message>
        <source>the workbook has over {limit:,} rows; rows from row {number} on are not read</source>
        <translation>в книге больше {limit:,} строк; строки начиная с {number} не прочитаны</translation>
    </message>
    <message>
        <source>row {number} has a cell over {limit:,} characters; left out</source>
        <translation>в строке {number} есть ячейка длиннее {limit:,} символов; строка пропущена</translation>
    </message>
    <message>
        <source>rows {first}–{last} repeat row {number} exactly</source>
        <translation>строки {first}–{last} точно повторяют строку {number}</translation>
    </message>
    <message>
        <source>rows {first}–{last} are empty</source>
        <translation>строки {first}–{last} пусты</translation>
    </message>
    <message>
        <source>is a macro-enabled Word document (.docm); save it as a .docx document</source>
        <translation>документ Word с макросами (.docm); сохраните его как документ .docx</translation>
    </message>
    <message>
        <source>is damaged: its Word text cannot be read</source>
        <translation>повреждён: текст Word не читается</translation>
    </message>
    <message>
        <source>is an old Word document (.doc) saved as .docx; open it in Word and save it as .docx</source>
        <translation>старый документ Word (.doc), сохранённый как .docx; откройте его в Word и сохраните как .docx</translation>
    </message>
    <message>
        <source>an embedded document part is not read</source>
        <translation>встроенная часть документа не читается</translation>
    </message>
    <message>
        <source>an embedded object (OLE) is not opened</source>
        <translation>встроенный объект (OLE) не открывается</translation>
    </message>
</context>
<context>
    <name>ImportController</name>
    <message>
        <source>The import did not finish</source>
        <translation>Импорт не завершён</translation>
    </message>
</context>
<context>
    <name>ImportFilters</name>
    <message>
        <source>Story bundles</source>
        <translation>Наборы историй</translation>
    </message>
    <message>
        <source>Word, OpenDocument and PDF</source>
        <translation>Word, OpenDocument и PDF</translation>
    </message>
    <message>
        <source>Spreadsheets and JSON</source>
        <translation>Таблицы и JSON</translation>
    </message>
    <message>
        <source>Markdown, web pages and text</source>
        <translation>Markdown, веб-страницы и текст</translation>
    </message>
    <message>
        <source>Stories and bundles ({patterns})</source>
        <translation>Истории и наборы ({patterns})</translation>
    </message>
    <message>
        <source>All files (*)</source>
        <translation>Все файлы (*)</translation>
    </message>
</context>
<context>
    <name>ImportPreviewDialog</name>
    <message>
        <source>Import Preview</source>
        <translation>Предпросмотр импорта</translation>
    </message>
    <message>
        <source>Nothing was imported.</source>
        <translation>Ничего не импортировано.</translation>
    </message>
    <message>
        <source>&amp;Import</source>
        <translation>&amp;Импортировать</translation>
    </message>
    <message>
        <source>Signed by {publisher} — trusted</source>
        <translation>Подписан: {publisher} — доверенный издатель</translation>
    </message>
    <message>
        <source>an unnamed publisher</source>
        <translation>издатель без имени</translation>
    </message>
    <message>
        <source>Signed by “{publisher}” — unknown publisher (fingerprint {fingerprint}); compare the fingerprint with the publisher before trusting it in Settings › Publishers</source>
        <translation>Подписан: «{publisher}» — неизвестный издатель (отпечаток {fingerprint}); прежде чем доверять ему в меню «Настройки › Издатели», сверьте отпечаток с издателем</translation>
    </message>
    <message>
        <source>unnamed</source>
        <translation>без имени</translation>
    </message>
    <message>
        <source>Unsigned — nothing says who made this bundle</source>
        <translation>Без подписи — неизвестно, кто создал этот набор историй</translation>
    </message>
    <message>
        <source>Refused: nothing from this bundle can be imported.</source>
        <translation>Отклонён: из этого набора историй ничего нельзя импортировать.</translation>
    </message>
    <message>
        <source>{field} was edited here; your edit is kept</source>
        <translation>Поле «{field}» изменено здесь; ваша правка сохранится</translation>
    </message>
    <message>
        <source>This story came from another publisher&apos;s signed bundle; it is not changed</source>
        <translation>Эта история получена из подписанного набора другого издателя; она не изменится</translation>
    </message>
    <message>
        <source>Would replace most of the story&apos;s text; the catalogue keeps its own</source>
        <translation>Файл заменил бы большую часть текста истории; в каталоге останется прежняя версия</translation>
    </message>
    <message>
        <source>In conflict; the catalogue keeps its version</source>
        <translation>Расхождение; в каталоге останется прежняя версия</translation>
    </message>
    <message numerus="yes">
        <source>%Ln new stories</source>
        <translation>
            <numerusform>%Ln новая история</numerusform>
            <numerusform>%Ln новые истории</numerusform>
            <numerusform>%Ln новых историй</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln updated</source>
        <translation>
            <numerusform>%Ln обновлённая</numerusform>
            <numerusform>%Ln обновлённые</numerusform>
            <numerusform>%Ln обновлённых</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln unchanged</source>
        <translation>
            <numerusform>%Ln без изменений</numerusform>
            <numerusform>%Ln без изменений</numerusform>
            <numerusform>%Ln без изменений</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln withdrawn</source>
        <translation>
            <numerusform>%Ln отозвана</numerusform>
            <numerusform>%Ln отозваны</numerusform>
            <numerusform>%Ln отозвано</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln rejected</source>
        <translation>
            <numerusform>отклонено: %Ln</numerusform>
            <numerusform>отклонено: %Ln</numerusform>
            <numerusform>отклонено: %Ln</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln in conflict</source>
        <translation>
            <numerusform>%Ln расхождение</numerusform>
            <numerusform>%Ln расхождения</numerusform>
            <numerusform>%Ln расхождений</numerusform>
        </translation>
    </message>
    <message>
        <source>Importing would bring: {counts}</source>
        <translation>Импорт даст: {counts}</translation>
    </message>
    <message numerus="yes">
        <source>New (%Ln)</source>
        <translation>
            <numerusform>Новые (%Ln)</numerusform>
            <numerusform>Новые (%Ln)</numerusform>
            <numerusform>Новые (%Ln)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Updated (%Ln)</source>
        <translation>
            <numerusform>Обновлённые (%Ln)</numerusform>
            <numerusform>Обновлённые (%Ln)</numerusform>
            <numerusform>Обновлённые (%Ln)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Unchanged (%Ln)</source>
        <translation>
            <numerusform>Без изменений (%Ln)</numerusform>
            <numerusform>Без изменений (%Ln)</numerusform>
            <numerusform>Без изменений (%Ln)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Withdrawn (%Ln)</source>
        <translation>
            <numerusform>Отозванные (%Ln)</numerusform>
            <numerusform>Отозванные (%Ln)</numerusform>
            <numerusform>Отозванные (%Ln)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Rejected (%Ln)</source>
        <translation>
            <numerusform>Отклонённые (%Ln)</numerusform>
            <numerusform>Отклонённые (%Ln)</numerusform>
            <numerusform>Отклонённые (%Ln)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Conflicts (%Ln)</source>
        <translation>
            <numerusform>Расхождения (%Ln)</numerusform>
            <numerusform>Расхождения (%Ln)</numerusform>
            <numerusform>Расхождения (%Ln)</numerusform>
        </translation>
    </message>
    <message>
        <source>Story</source>
        <translation>История</translation>
    </message>
    <message>
        <source>Id</source>
        <translation>ID</translation>
    </message>
    <message>
        <source>Story &apos;{story}&apos;: image {image} is missing</source>
        <translation>История «{story}»: нет изображения {image}</translation>
    </message>
    <message>
        <source>File</source>
        <translation>Файл</translation>
    </message>
    <message>
        <source>Why</source>
        <translation>Причина</translation>
    </message>
</context>
<context>
    <name>ImportProgressDialog</name>
    <message>
        <source>Importing Stories</source>
        <translation>Импорт историй</translation>
    </message>
    <message>
        <source>Reading files…</source>
        <translation>Чтение файлов…</translation>
    </message>
    <message>
        <source>Import progress</source>
        <translation>Ход импорта</translation>
    </message>
    <message>
        <source>Cancel the import</source>
        <translation>Отменить импорт</translation>
    </message>
    <message>
        <source>Cancelling… nothing from this import will be kept.</source>
        <translation>Отмена… результаты этого импорта не сохранятся.</translation>
    </message>
    <message>
        <source>Importing {number} of {count}…</source>
        <translation>Импорт: {number} из {count}…</translation>
    </message>
</context>
<context>
    <name>ImportSummaryDialog</name>
    <message>
        <source>Import Finished</source>
        <translation>Импорт завершён</translation>
    </message>
    <message>
        <source>Import Cancelled</source>
        <translation>Импорт отменён</translation>
    </message>
    <message>
        <source>The import was cancelled. The catalogue is as it was before.</source>
        <translation>Импорт отменён. Каталог остался прежним.</translation>
    </message>
    <message numerus="yes">
        <source>%Ln new stories</source>
        <translation>
            <numerusform>%Ln новая история</numerusform>
            <numerusform>%Ln новые истории</numerusform>
            <numerusform>%Ln новых историй</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln updated</source>
        <translation>
            <numerusform>%Ln обновлённая</numerusform>
            <numerusform>%Ln обновлённые</numerusform>
            <numerusform>%Ln обновлённых</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln already in the catalogue, unchanged</source>
        <translation>
            <numerusform>%Ln уже в каталоге, без изменений</numerusform>
            <numerusform>%Ln уже в каталоге, без изменений</numerusform>
            <numerusform>%Ln уже в каталоге, без изменений</numerusform>
        </translation>
    </message>
    <message>
        <source>Files not imported and why</source>
        <translation>Что не удалось импортировать и почему</translation>
    </message>
    <message>
        <source>File</source>
        <translation>Файл</translation>
    </message>
    <message>
        <source>What</source>
        <translation>Итог</translation>
    </message>
    <message>
        <source>Why</source>
        <translation>Причина</translation>
    </message>
    <message>
        <source>Copy List</source>
        <translation>Копировать список</translation>
    </message>
    <message>
        <source>&amp;Show:</source>
        <translation>&amp;Показать:</translation>
    </message>
    <message>
        <source>Files in {folder}:</source>
        <translation>Файлы в {folder}:</translation>
    </message>
    <message>
        <source>Show the rows of one kind</source>
        <translation>Показать строки одного вида</translation>
    </message>
    <message numerus="yes">
        <source>All (%Ln)</source>
        <translation>
            <numerusform>Все (%Ln)</numerusform>
            <numerusform>Все (%Ln)</numerusform>
            <numerusform>Все (%Ln)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>{kind} (%Ln)</source>
        <translation>
            <numerusform>{kind} (%Ln)</numerusform>
            <numerusform>{kind} (%Ln)</numerusform>
            <numerusform>{kind} (%Ln)</numerusform>
        </translation>
    </message>
    <message>
        <source>Story &apos;{story}&apos;: image {image} is missing</source>
        <translation>История «{story}»: нет изображения {image}</translation>
    </message>
    <message>
        <source>Image missing</source>
        <translation>Нет изображения</translation>
    </message>
    <message>
        <source>Not imported</source>
        <translation>Не импортировано</translation>
    </message>
    <message>
        <source>Would replace most of the text of story {id}; the catalogue kept its version</source>
        <translation>Файл заменил бы большую часть текста истории {id}; в каталоге оставлена прежняя версия</translation>
    </message>
    <message>
        <source>Conflict</source>
        <translation>Конфликт</translation>
    </message>
    <message>
        <source>Skipped</source>
        <translation>Пропущено</translation>
    </message>
    <message>
        <source>Left out</source>
        <translation>Не учтено</translation>
    </message>
    <message numerus="yes">
        <source>%Ln files could not be imported</source>
        <translation>
            <numerusform>%Ln файл не удалось импортировать</numerusform>
            <numerusform>%Ln файла не удалось импортировать</numerusform>
            <numerusform>%Ln файлов не удалось импортировать</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln images missing</source>
        <translation>
            <numerusform>%Ln изображение не найдено</numerusform>
            <numerusform>%Ln изображения не найдены</numerusform>
            <numerusform>%Ln изображений не найдено</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln conflicts: the catalogue kept its stories</source>
        <translation>
            <numerusform>%Ln конфликт: в каталоге оставлены прежние версии</numerusform>
            <numerusform>%Ln конфликта: в каталоге оставлены прежние версии</numerusform>
            <numerusform>%Ln конфликтов: в каталоге оставлены прежние версии</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln edits kept over changes in the source</source>
        <translation>
            <numerusform>%Ln правка сохранена вопреки изменениям в источнике</numerusform>
            <numerusform>%Ln правки сохранены вопреки изменениям в источнике</numerusform>
            <numerusform>%Ln правок сохранено вопреки изменениям в источнике</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln files or rows skipped</source>
        <translation>
            <numerusform>Пропущено файлов или строк: %Ln</numerusform>
            <numerusform>Пропущено файлов или строк: %Ln</numerusform>
            <numerusform>Пропущено файлов или строк: %Ln</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln values left out</source>
        <translation>
            <numerusform>%Ln значение не учтено</numerusform>
            <numerusform>%Ln значения не учтены</numerusform>
            <numerusform>%Ln значений не учтено</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Keys</name>
    <message>
        <source>{path}: the private key is not the one its name says</source>
        <translation>{path}: закрытый ключ не тот, который указан в имени файла</translation>
    </message>
    <message>
        <source>this catalogue&apos;s publisher key ({publisher}, {fingerprint}) was made in another data folder, which keeps its private half (keys/{fingerprint}.key); sign the bundle there, or copy that file into {folder} (see docs/headquarters.md)</source>
        <translation>ключ издателя этого каталога ({publisher}, {fingerprint}) создан в другой папке данных, и его закрытая часть хранится там (keys/{fingerprint}.key); подпишите пакет там или скопируйте этот файл в {folder} (см. docs/headquarters.md)</translation>
    </message>
    <message>
        <source>{fingerprint}: not a key fingerprint (give {least} to {most} of its hex digits)</source>
        <translation>{fingerprint}: это не отпечаток ключа (укажите от {least} до {most} его шестнадцатеричных цифр)</translation>
    </message>
    <message>
        <source>{fingerprint}: no publisher key here has that fingerprint</source>
        <translation>{fingerprint}: в этом каталоге нет ключа издателя с таким отпечатком</translation>
    </message>
    <message>
        <source>{fingerprint}: starts the fingerprints of {count} keys ({keys}); give more of its digits</source>
        <translation>{fingerprint}: так начинаются отпечатки нескольких ключей (всего {count}: {keys}); укажите больше цифр отпечатка</translation>
    </message>
    <message>
        <source>a publisher key needs the publisher&apos;s name</source>
        <translation>для ключа издателя нужно указать имя издателя</translation>
    </message>
    <message>
        <source>the publisher&apos;s name is longer than {limit} characters</source>
        <translation>имя издателя длиннее {limit} симв.</translation>
    </message>
    <message>
        <source>this catalogue already has its publisher key ({publisher}, {fingerprint}); to replace it, revoke it first with &apos;storydesk keys revoke {fingerprint}&apos; (or Settings › Publishers)</source>
        <translation>у этого каталога уже есть ключ издателя ({publisher}, {fingerprint}); чтобы заменить его, сначала отзовите его командой «storydesk keys revoke {fingerprint}» (или в меню «Настройки › Издатели»)</translation>
    </message>
    <message>
        <source>this catalogue has no publisher key of its own; make one with &apos;storydesk keys generate --publisher NAME&apos; (or Settings › Publishers)</source>
        <translation>у этого каталога нет собственного ключа издателя; создайте его командой «storydesk keys generate --publisher ИМЯ» (или в меню «Настройки › Издатели»)</translation>
    </message>
    <message>
        <source>{fingerprint}: the key of {publisher} is revoked here; it is not exported</source>
        <translation>{fingerprint}: ключ издателя «{publisher}» отозван в этом каталоге; он не экспортируется</translation>
    </message>
    <message>
        <source>{fingerprint}: the key of {publisher} is not trusted here; only this catalogue&apos;s own key and trusted keys are exported</source>
        <translation>{fingerprint}: этот каталог не доверяет ключу издателя «{publisher}»; экспортируются только собственный ключ каталога и доверенные ключи</translation>
    </message>
    <message>
        <source>{fingerprint}: the key of {publisher} was revoked here on {date}; a revoked key is not trusted again</source>
        <translation>{fingerprint}: ключ издателя «{publisher}» отозван в этом каталоге {date}; отозванному ключу нельзя снова доверять</translation>
    </message>
    <message>
        <source>{path}: not a publisher&apos;s private key ({error})</source>
        <translation>{path}: это не закрытый ключ издателя ({error})</translation>
    </message>
    <message>
        <source>{path}: not an Ed25519 private key</source>
        <translation>{path}: это не закрытый ключ Ed25519</translation>
    </message>
    <message>
        <source>{path}: {reason}</source>
        <translation>{path}: {reason}</translation>
    </message>
    <message>
        <source>too large to be a publisher key file</source>
        <translation>слишком велик для файла ключа издателя</translation>
    </message>
    <message>
        <source>not a publisher key file (not JSON)</source>
        <translation>это не файл ключа издателя (не JSON)</translation>
    </message>
    <message>
        <source>not a publisher key file</source>
        <translation>это не файл ключа издателя</translation>
    </message>
    <message>
        <source>the key is not an Ed25519 key</source>
        <translation>это не ключ Ed25519</translation>
    </message>
    <message>
        <source>the public key is malformed</source>
        <translation>открытый ключ имеет неверный формат</translation>
    </message>
    <message>
        <source>the key file names no publisher</source>
        <translation>в файле ключа не указан издатель</translation>
    </message>
    <message>
        <source>the fingerprint written in the file is not its key&apos;s</source>
        <translation>отпечаток, записанный в файле, не соответствует ключу из этого файла</translation>
    </message>
    <message>
        <source>this catalogue has no publisher key to sign with; make one with &apos;storydesk keys generate --publisher NAME&apos; (or Settings › Publishers)</source>
        <translation>у этого каталога нет ключа издателя для подписи; создайте его командой «storydesk keys generate --publisher ИМЯ» (или в меню «Настройки › Издатели»)</translation>
    </message>
    <message>
        <source>{path}: a folder; give the name of the key file</source>
        <translation>{path}: это папка; укажите имя файла ключа</translation>
    </message>
    <message>
        <source>{path}: the key file cannot be written ({reason})</source>
        <translation>{path}: не удалось записать файл ключа ({reason})</translation>
    </message>
    <message>
        <source>{path}: no such key file</source>
        <translation>{path}: такого файла ключа нет</translation>
    </message>
    <message>
        <source>{path}: a folder, not a key file</source>
        <translation>{path}: это папка, а не файл ключа</translation>
    </message>
    <message>
        <source>{path}: the key file cannot be read ({reason})</source>
        <translation>{path}: не удалось прочитать файл ключа ({reason})</translation>
    </message>
</context>
<context>
    <name>Launcher</name>
    <message>
        <source>Opening the catalogue…</source>
        <translation>Открытие каталога…</translation>
    </message>
    <message>
        <source>Preparing the search index: {done} of {total}</source>
        <translation>Подготовка поискового индекса: {done} из {total}</translation>
    </message>
    <message>
        <source>StoryDesk could not open the catalogue in {folder}</source>
        <translation>Не удалось открыть каталог в папке {folder}</translation>
    </message>
    <message>
        <source>Something went wrong</source>
        <translation>Произошла ошибка</translation>
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
        <translation>Текст лицензии</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>Importing…</source>
        <translation>Импорт…</translation>
    </message>
    <message>
        <source>StoryDesk — {folder}</source>
        <translation>StoryDesk — {folder}</translation>
    </message>
    <message>
        <source>StoryDesk — {database} (shared catalogue)</source>
        <translation>StoryDesk — {database} (общий каталог)</translation>
    </message>
    <message>
        <source>The catalogue was backed up to {path}</source>
        <translation>Резервная копия каталога сохранена: {path}</translation>
    </message>
    <message>
        <source>Export cancelled; nothing was written.</source>
        <translation>Экспорт отменён; ничего не записано.</translation>
    </message>
    <message>
        <source>Bundle export cancelled; nothing was written.</source>
        <translation>Экспорт набора историй отменён; ничего не записано.</translation>
    </message>
    <message>
        <source>The catalogue could not be read: {reason}</source>
        <translation>Не удалось прочитать каталог: {reason}</translation>
    </message>
    <message>
        <source>Search stories (Ctrl+F): words, &quot;a phrase&quot;, partner:UNDP, year:2024…</source>
        <translation>Поиск историй (Ctrl+F): слова, &quot;фраза&quot;, partner:UNDP, year:2024…</translation>
    </message>
    <message>
        <source>Search</source>
        <translation>Поиск</translation>
    </message>
    <message>
        <source>Type words to search the stories (Ctrl+F)</source>
        <translation>Введите слова для поиска историй (Ctrl+F)</translation>
    </message>
    <message>
        <source>Search stories</source>
        <translation>Поиск историй</translation>
    </message>
    <message>
        <source>Search help</source>
        <translation>Справка по поиску</translation>
    </message>
    <message>
        <source>How to search: phrases, OR, filters (F1)</source>
        <translation>Как искать: фразы, OR, фильтры (F1)</translation>
    </message>
    <message>
        <source>Best match</source>
        <translation>По релевантности</translation>
    </message>
    <message>
        <source>Newest first</source>
        <translation>Сначала новые</translation>
    </message>
    <message>
        <source>Sort results</source>
        <translation>Сортировка результатов</translation>
    </message>
    <message>
        <source>Stories found</source>
        <translation>Найденные истории</translation>
    </message>
    <message>
        <source>Import &amp;Files…</source>
        <translation>Импорт &amp;файлов…</translation>
    </message>
    <message>
        <source>Import F&amp;older…</source>
        <translation>Импорт &amp;папки…</translation>
    </message>
    <message>
        <source>Import &amp;Bundle…</source>
        <translation>Импорт &amp;набора историй…</translation>
    </message>
    <message>
        <source>Import the &amp;Sample Stories</source>
        <translation>Импорт п&amp;римеров историй</translation>
    </message>
    <message>
        <source>&amp;Print Story…</source>
        <translation>Пе&amp;чать истории…</translation>
    </message>
    <message>
        <source>&amp;Export Briefing Pack…</source>
        <translation>&amp;Экспорт брифинг-пакета…</translation>
    </message>
    <message>
        <source>Export B&amp;undle…</source>
        <translation>Экспорт &amp;набора историй…</translation>
    </message>
    <message>
        <source>Print Pre&amp;view of Pack…</source>
        <translation>Предварительный &amp;просмотр брифинг-пакета…</translation>
    </message>
    <message>
        <source>&amp;Back Up Now</source>
        <translation>&amp;Создать резервную копию</translation>
    </message>
    <message>
        <source>&amp;Restore from Backup…</source>
        <translation>&amp;Восстановить из резервной копии…</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>В&amp;ыход</translation>
    </message>
    <message>
        <source>&amp;Find</source>
        <translation>&amp;Найти</translation>
    </message>
    <message>
        <source>Copy Source &amp;Link</source>
        <translation>Копировать &amp;ссылку на источник</translation>
    </message>
    <message>
        <source>Add to &amp;Basket</source>
        <translation>Добавить в &amp;корзину</translation>
    </message>
    <message>
        <source>&amp;Partners and Places…</source>
        <translation>&amp;Партнёры и места…</translation>
    </message>
    <message>
        <source>As a &amp;List</source>
        <translation>В виде &amp;списка</translation>
    </message>
    <message>
        <source>As a &amp;Grid</source>
        <translation>В виде &amp;плитки</translation>
    </message>
    <message>
        <source>Show the stories as a list (Ctrl+1)</source>
        <translation>Показать истории списком (Ctrl+1)</translation>
    </message>
    <message>
        <source>Show the stories as a grid of cards (Ctrl+2)</source>
        <translation>Показать истории плиткой карточек (Ctrl+2)</translation>
    </message>
    <message>
        <source>Show as a list</source>
        <translation>Показать списком</translation>
    </message>
    <message>
        <source>Show as a grid</source>
        <translation>Показать плиткой</translation>
    </message>
    <message>
        <source>&amp;About StoryDesk</source>
        <translation>&amp;О программе StoryDesk</translation>
    </message>
    <message>
        <source>&amp;Search Help</source>
        <translation>Справка по &amp;поиску</translation>
    </message>
    <message>
        <source>User&apos;s &amp;Guide</source>
        <translation>&amp;Руководство пользователя</translation>
    </message>
    <message>
        <source>&amp;Keyboard Shortcuts</source>
        <translation>&amp;Сочетания клавиш</translation>
    </message>
    <message>
        <source>System Default</source>
        <translation>Как в системе</translation>
    </message>
    <message>
        <source>Briefing &amp;Basket</source>
        <translation>&amp;Корзина</translation>
    </message>
    <message>
        <source>Show or hide the briefing basket (Ctrl+Shift+B)</source>
        <translation>Показать или скрыть корзину (Ctrl+Shift+B)</translation>
    </message>
    <message>
        <source>Show or hide the briefing basket</source>
        <translation>Показать или скрыть корзину</translation>
    </message>
    <message>
        <source>&amp;Filters Panel</source>
        <translation>Панель &amp;фильтров</translation>
    </message>
    <message>
        <source>Show or hide the filters</source>
        <translation>Показать или скрыть фильтры</translation>
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
        <translation>&amp;Правка</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Вид</translation>
    </message>
    <message>
        <source>&amp;Language</source>
        <translation>&amp;Язык</translation>
    </message>
    <message>
        <source>&amp;Stories</source>
        <translation>&amp;Истории</translation>
    </message>
    <message>
        <source>Se&amp;ttings</source>
        <translation>&amp;Настройки</translation>
    </message>
    <message>
        <source>&amp;Publishers…</source>
        <translation>&amp;Издатели…</translation>
    </message>
    <message>
        <source>Shared &amp;Catalogue…</source>
        <translation>&amp;Общий каталог…</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Справка</translation>
    </message>
    <message>
        <source>Import Running</source>
        <translation>Идёт импорт</translation>
    </message>
    <message>
        <source>An import is still running. Cancel it and quit? Nothing from the unfinished import will be kept.</source>
        <translation>Импорт ещё не завершён. Отменить его и выйти? Результаты незавершённого импорта не сохранятся.</translation>
    </message>
    <message>
        <source>Did you mean {query}?</source>
        <translation>Возможно, вы имели в виду {query}?</translation>
    </message>
    <message numerus="yes">
        <source>Added %Ln stories to the basket</source>
        <translation>
            <numerusform>В корзину добавлена %Ln история</numerusform>
            <numerusform>В корзину добавлены %Ln истории</numerusform>
            <numerusform>В корзину добавлено %Ln историй</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Delete…</source>
        <translation>&amp;Удалить…</translation>
    </message>
    <message>
        <source>Undo</source>
        <translation>Отменить</translation>
    </message>
    <message>
        <source>Stories are being deleted or put back; wait for it to finish.</source>
        <translation>Истории удаляются или возвращаются; дождитесь окончания.</translation>
    </message>
    <message>
        <source>Deleted “{title}”.</source>
        <translation>История «{title}» удалена.</translation>
    </message>
    <message numerus="yes">
        <source>Deleted %Ln stories.</source>
        <translation>
            <numerusform>Удалена %Ln история.</numerusform>
            <numerusform>Удалены %Ln истории.</numerusform>
            <numerusform>Удалено %Ln историй.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Put back %Ln stories.</source>
        <translation>
            <numerusform>Возвращена %Ln история.</numerusform>
            <numerusform>Возвращены %Ln истории.</numerusform>
            <numerusform>Возвращено %Ln историй.</numerusform>
        </translation>
    </message>
    <message>
        <source>A bundle is being written; wait for it to finish.</source>
        <translation>Набор историй ещё создаётся; дождитесь завершения.</translation>
    </message>
    <message>
        <source>The bundle cannot be made now</source>
        <translation>Сейчас нельзя создать набор историй</translation>
    </message>
    <message numerus="yes">
        <source>Wrote the bundle {path} with %Ln stories</source>
        <translation>
            <numerusform>Записан набор историй {path}: %Ln история</numerusform>
            <numerusform>Записан набор историй {path}: %Ln истории</numerusform>
            <numerusform>Записан набор историй {path}: %Ln историй</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Restored %Ln stories from the backup; the previous catalogue is kept in {folder}</source>
        <translation>
            <numerusform>Из резервной копии восстановлена %Ln история; прежний каталог сохранён в папке {folder}</numerusform>
            <numerusform>Из резервной копии восстановлены %Ln истории; прежний каталог сохранён в папке {folder}</numerusform>
            <numerusform>Из резервной копии восстановлено %Ln историй; прежний каталог сохранён в папке {folder}</numerusform>
        </translation>
    </message>
    <message>
        <source>Esc</source>
        <translation>Esc</translation>
    </message>
    <message>
        <source>In the search field: clear the search</source>
        <translation>В строке поиска: очистить поиск</translation>
    </message>
    <message>
        <source>Enter</source>
        <translation>Enter</translation>
    </message>
    <message>
        <source>In the filters: add or remove the value chosen</source>
        <translation>На панели фильтров: добавить или убрать выбранное значение</translation>
    </message>
    <message>
        <source>Del</source>
        <translation>Del</translation>
    </message>
    <message>
        <source>In the results: delete the chosen stories</source>
        <translation>В результатах: удалить выбранные истории</translation>
    </message>
    <message>
        <source>In the basket: take the chosen stories out</source>
        <translation>В корзине: убрать выбранные истории</translation>
    </message>
    <message>
        <source>Alt+Up, Alt+Down</source>
        <translation>Alt+Up, Alt+Down</translation>
    </message>
    <message>
        <source>In the basket: move the chosen story</source>
        <translation>В корзине: переместить выбранную историю</translation>
    </message>
    <message>
        <source>Interface Language</source>
        <translation>Язык интерфейса</translation>
    </message>
    <message>
        <source>The STORYDESK_LANG environment variable is set to {value}; it takes precedence over this choice. StoryDesk will speak {language} once it is started without it.</source>
        <translation>Задана переменная среды STORYDESK_LANG={value}, и она важнее выбора в меню. Язык «{language}» включится, когда StoryDesk будет запущен без этой переменной.</translation>
    </message>
    <message>
        <source>The interface will change to {language} when StoryDesk restarts.</source>
        <translation>Язык интерфейса сменится на «{language}» после перезапуска StoryDesk.</translation>
    </message>
    <message>
        <source>Restart Now</source>
        <translation>Перезапустить</translation>
    </message>
    <message>
        <source>Later</source>
        <translation>Позже</translation>
    </message>
    <message>
        <source>Shared Catalogue</source>
        <translation>Общий каталог</translation>
    </message>
    <message>
        <source>The STORYDESK_DATABASE_URL environment variable (or --database-url) names {url}; it takes precedence over this choice, which applies once StoryDesk is started without it.</source>
        <translation>Переменная окружения STORYDESK_DATABASE_URL (или --database-url) указывает {url}; она важнее этого выбора, который вступит в силу, когда StoryDesk будет запущен без неё.</translation>
    </message>
    <message>
        <source>StoryDesk opens {catalogue} when it restarts.</source>
        <translation>После перезапуска StoryDesk откроет {catalogue}.</translation>
    </message>
    <message>
        <source>this computer&apos;s catalogue ({folder})</source>
        <translation>каталог этого компьютера ({folder})</translation>
    </message>
    <message numerus="yes">
        <source>%Ln stories</source>
        <translation>
            <numerusform>%Ln история</numerusform>
            <numerusform>%Ln истории</numerusform>
            <numerusform>%Ln историй</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln images</source>
        <translation>
            <numerusform>%Ln изображение</numerusform>
            <numerusform>%Ln изображения</numerusform>
            <numerusform>%Ln изображений</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln partners</source>
        <translation>
            <numerusform>%Ln партнёр</numerusform>
            <numerusform>%Ln партнёра</numerusform>
            <numerusform>%Ln партнёров</numerusform>
        </translation>
    </message>
    <message>
        <source>A bundle is being previewed; import it or cancel first.</source>
        <translation>Открыт предпросмотр набора историй; сначала импортируйте его или отмените импорт.</translation>
    </message>
    <message>
        <source>The catalogue was changed elsewhere; the list is up to date.</source>
        <translation>Каталог изменён на другом компьютере; список обновлён.</translation>
    </message>
    <message numerus="yes">
        <source>%n stories were changed elsewhere; the list is up to date.</source>
        <translation>
            <numerusform>%n история изменена на другом компьютере; список обновлён.</numerusform>
            <numerusform>%n истории изменены на другом компьютере; список обновлён.</numerusform>
            <numerusform>%n историй изменено на другом компьютере; список обновлён.</numerusform>
        </translation>
    </message>
    <message>
        <source>A briefing pack is being made; wait for it to finish.</source>
        <translation>Брифинг-пакет ещё создаётся; дождитесь завершения.</translation>
    </message>
    <message>
        <source>&amp;Edit Story…</source>
        <translation>&amp;Изменить историю…</translation>
    </message>
    <message>
        <source>Story &amp;History…</source>
        <translation>Ис&amp;тория изменений…</translation>
    </message>
    <message>
        <source>Import &amp;Conflicts…</source>
        <translation>&amp;Расхождения при импорте…</translation>
    </message>
    <message>
        <source>Saved “{title}”: {fields}</source>
        <translation>Сохранены изменения истории «{title}»: {fields}</translation>
    </message>
    <message>
        <source>A backup or restore is already running.</source>
        <translation>Резервное копирование или восстановление уже выполняется.</translation>
    </message>
    <message>
        <source>Wait for the import or backup to finish before restoring.</source>
        <translation>Перед восстановлением дождитесь завершения импорта или резервного копирования.</translation>
    </message>
    <message>
        <source>An import is already running; wait for it to finish.</source>
        <translation>Импорт уже выполняется; дождитесь его завершения.</translation>
    </message>
    <message>
        <source>Import Stories</source>
        <translation>Импорт историй</translation>
    </message>
    <message>
        <source>Import a Folder of Stories</source>
        <translation>Импорт папки с историями</translation>
    </message>
    <message>
        <source>Import Story Bundles</source>
        <translation>Импорт наборов историй</translation>
    </message>
    <message>
        <source>Story bundles (*.storybundle *.zip)</source>
        <translation>Наборы историй (*.storybundle *.zip)</translation>
    </message>
    <message>
        <source>This installation has no sample bundle</source>
        <translation>В этой установке StoryDesk нет примеров историй</translation>
    </message>
    <message>
        <source>Indexing…</source>
        <translation>Индексация…</translation>
    </message>
</context>
<context>
    <name>Media</name>
    <message>
        <source>file is over the {limit} MB limit</source>
        <translation>файл больше предела в {limit} МБ</translation>
    </message>
    <message>
        <source>image is over the {limit} megapixel limit</source>
        <translation>изображение больше предела в {limit} Мп</translation>
    </message>
    <message>
        <source>file is truncated or damaged</source>
        <translation>файл обрезан или повреждён</translation>
    </message>
    <message>
        <source>image has no pixels</source>
        <translation>в изображении нет пикселей</translation>
    </message>
    <message>
        <source>image is {width}×{height} pixels, over the {limit} megapixel limit</source>
        <translation>изображение размером {width}×{height} пикс. больше предела в {limit} Мп</translation>
    </message>
    <message>
        <source>format {format} is not accepted (JPEG, PNG, GIF or WebP only)</source>
        <translation>формат {format} не поддерживается (только JPEG, PNG, GIF или WebP)</translation>
    </message>
    <message>
        <source>not an image</source>
        <translation>не изображение</translation>
    </message>
    <message>
        <source>file is empty</source>
        <translation>файл пуст</translation>
    </message>
    <message>
        <source>file is {size:.1f} MB, over the {limit} MB limit</source>
        <translation>файл занимает {size:.1f} МБ, больше предела в {limit} МБ</translation>
    </message>
    <message>
        <source>media: removed {count} images no story uses from this machine&apos;s copies of the shared catalogue&apos;s images</source>
        <translation>медиа: из копий изображений общего каталога на этом компьютере удалены неиспользуемые изображения ({count})</translation>
    </message>
    <message>
        <source>catalogue: image {name} uploaded to the shared catalogue from this machine&apos;s media folder</source>
        <translation>каталог: изображение {name} загружено в общий каталог из медиапапки этого компьютера</translation>
    </message>
    <message>
        <source>catalogue: image {name} is not in the shared catalogue, so other machines cannot show it; &apos;storydesk check --repair&apos; here uploads it from this machine&apos;s media folder</source>
        <translation>каталог: изображения {name} нет в общем каталоге, и другие компьютеры не могут его показать; «storydesk check --repair» на этом компьютере загрузит его из медиапапки</translation>
    </message>
    <message>
        <source>catalogue: the shared catalogue&apos;s copy of image {name} is damaged (its bytes do not match its hash), so other machines cannot show it; &apos;storydesk check --repair&apos; here replaces it from this machine&apos;s media folder</source>
        <translation>каталог: копия изображения {name} в общем каталоге повреждена (её байты не совпадают с хешем), и другие компьютеры не могут его показать; «storydesk check --repair» на этом компьютере заменит её копией из медиапапки</translation>
    </message>
    <message>
        <source>media: image {name} is missing: it is neither in this machine&apos;s media folder ({folder}) nor in the shared catalogue; run &apos;storydesk check --repair&apos; on the machine that imported its story</source>
        <translation>медиа: изображения {name} нет ни в медиапапке этого компьютера ({folder}), ни в общем каталоге; выполните «storydesk check --repair» на компьютере, который импортировал его историю</translation>
    </message>
    <message>
        <source>media: image {name} is missing: it is not in this machine&apos;s media folder ({folder}) and the shared catalogue&apos;s copy is damaged (its bytes do not match its hash); run &apos;storydesk check --repair&apos; on a machine that has it</source>
        <translation>медиа: изображения {name} нет в медиапапке этого компьютера ({folder}), а его копия в общем каталоге повреждена (байты не совпадают с хешем); выполните «storydesk check --repair» на компьютере, где оно есть</translation>
    </message>
    <message>
        <source>media: image {name}: this machine&apos;s copy was damaged; a sound copy was fetched from the shared catalogue</source>
        <translation>медиа: изображение {name}: копия на этом компьютере была повреждена; исправная копия получена из общего каталога</translation>
    </message>
    <message>
        <source>catalogue: removed the bytes of {count} images no story uses from the shared catalogue</source>
        <translation>каталог: из общего каталога удалены неиспользуемые изображения ({count})</translation>
    </message>
    <message>
        <source>catalogue: the shared catalogue holds {count} images ({size} bytes) no story uses; &apos;storydesk check --repair&apos; removes them</source>
        <translation>каталог: в общем каталоге есть изображения, которые не использует ни одна история ({count}, {size} байт); «storydesk check --repair» удалит их</translation>
    </message>
</context>
<context>
    <name>MergePartnerDialog</name>
    <message>
        <source>Merge Partners</source>
        <translation>Объединение партнёров</translation>
    </message>
    <message>
        <source>The partner that stays</source>
        <translation>Остающийся партнёр</translation>
    </message>
    <message>
        <source>Merge</source>
        <translation>Объединить</translation>
    </message>
    <message>
        <source>Merge {source} into:</source>
        <translation>Объединить {source} с:</translation>
    </message>
    <message numerus="yes">
        <source>Merge “{source}” into “{target}”? %Ln stories will name “{target}” instead, and the names of “{source}” become its aliases. This cannot be undone.</source>
        <translation>
            <numerusform>Объединить «{source}» с «{target}»? %Ln история будет называть «{target}» вместо него, а названия «{source}» станут его другими названиями. Это нельзя отменить.</numerusform>
            <numerusform>Объединить «{source}» с «{target}»? %Ln истории будут называть «{target}» вместо него, а названия «{source}» станут его другими названиями. Это нельзя отменить.</numerusform>
            <numerusform>Объединить «{source}» с «{target}»? %Ln историй будут называть «{target}» вместо него, а названия «{source}» станут его другими названиями. Это нельзя отменить.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>NameListEdit</name>
    <message>
        <source>Add to {field}</source>
        <translation>Добавить в список «{field}»</translation>
    </message>
    <message>
        <source>Add</source>
        <translation>Добавить</translation>
    </message>
    <message>
        <source>Add the name typed (Enter)</source>
        <translation>Добавить введённое название (Enter)</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Убрать</translation>
    </message>
    <message>
        <source>Remove the selected names (Delete)</source>
        <translation>Убрать выбранные названия (Delete)</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Отмена</translation>
    </message>
    <message>
        <source>“{name}” is not in the directory.</source>
        <translation>«{name}» нет в справочнике.</translation>
    </message>
    <message>
        <source>New: added to the directory when you apply</source>
        <translation>Новое название: будет добавлено в справочник, когда вы нажмёте «Применить»</translation>
    </message>
</context>
<context>
    <name>PackController</name>
    <message>
        <source>Writing the briefing pack…</source>
        <translation>Создание брифинг-пакета…</translation>
    </message>
    <message>
        <source>Preparing the print preview…</source>
        <translation>Подготовка предварительного просмотра…</translation>
    </message>
    <message>
        <source>The briefing pack was not made</source>
        <translation>Брифинг-пакет не создан</translation>
    </message>
</context>
<context>
    <name>PackDialog</name>
    <message>
        <source>Print Preview of Briefing Pack</source>
        <translation>Предварительный просмотр брифинг-пакета</translation>
    </message>
    <message>
        <source>Export Briefing Pack</source>
        <translation>Экспорт брифинг-пакета</translation>
    </message>
    <message>
        <source>Stories</source>
        <translation>Истории</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Название</translation>
    </message>
    <message>
        <source>Office or occasion</source>
        <translation>Офис или событие</translation>
    </message>
    <message>
        <source>e.g. UNDP Kyrgyzstan · Visit to Issyk-Kul</source>
        <translation>например, ПРООН в Кыргызстане · Поездка на Иссык-Куль</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Дата</translation>
    </message>
    <message>
        <source>Show a date on the cover</source>
        <translation>Указать дату на обложке</translation>
    </message>
    <message>
        <source>Introduction</source>
        <translation>Введение</translation>
    </message>
    <message>
        <source>Optional, for the cover. A blank line starts a new paragraph.</source>
        <translation>Необязательно, для обложки. Пустая строка начинает новый абзац.</translation>
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
        <translation>Размер бумаги</translation>
    </message>
    <message>
        <source>Include each story&apos;s lead photo</source>
        <translation>Добавить главное фото каждой истории</translation>
    </message>
    <message>
        <source>Language of the pack&apos;s headings</source>
        <translation>Язык заголовков брифинг-пакета</translation>
    </message>
    <message>
        <source>Headings such as Contents and Key figures; stories are not translated.</source>
        <translation>Заголовки вроде «Содержание» и «Ключевые цифры»; сами истории не переводятся.</translation>
    </message>
    <message>
        <source>&amp;Title:</source>
        <translation>&amp;Название:</translation>
    </message>
    <message>
        <source>&amp;Office or occasion:</source>
        <translation>&amp;Офис или событие:</translation>
    </message>
    <message>
        <source>&amp;Date:</source>
        <translation>&amp;Дата:</translation>
    </message>
    <message>
        <source>&amp;Introduction:</source>
        <translation>&amp;Введение:</translation>
    </message>
    <message>
        <source>&amp;Paper:</source>
        <translation>&amp;Бумага:</translation>
    </message>
    <message>
        <source>P&amp;hotos:</source>
        <translation>&amp;Фото:</translation>
    </message>
    <message>
        <source>Headin&amp;gs in:</source>
        <translation>&amp;Язык заголовков:</translation>
    </message>
    <message>
        <source>PDF, to print or attach</source>
        <translation>PDF — для печати или отправки по почте</translation>
    </message>
    <message>
        <source>HTML, one file to read on a phone</source>
        <translation>HTML — один файл для чтения на телефоне</translation>
    </message>
    <message>
        <source>File format</source>
        <translation>Формат файла</translation>
    </message>
    <message>
        <source>Save as</source>
        <translation>Сохранить как</translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation>Об&amp;зор…</translation>
    </message>
    <message>
        <source>Choose where to save the pack</source>
        <translation>Выбрать, куда сохранить брифинг-пакет</translation>
    </message>
    <message>
        <source>&amp;Format:</source>
        <translation>Фор&amp;мат:</translation>
    </message>
    <message>
        <source>&amp;Save as:</source>
        <translation>&amp;Сохранить как:</translation>
    </message>
    <message>
        <source>Preview…</source>
        <translation>Просмотр…</translation>
    </message>
    <message>
        <source>Export</source>
        <translation>Экспортировать</translation>
    </message>
    <message>
        <source>There are no stories to put in a pack: add some to the basket (Ctrl+B) or search for them first.</source>
        <translation>Нет историй для брифинг-пакета: сначала добавьте их в корзину (Ctrl+B) или найдите через поиск.</translation>
    </message>
    <message numerus="yes">
        <source>The %Ln stories in the bas&amp;ket, in its order</source>
        <translation>
            <numerusform>%Ln история из &amp;корзины, в том же порядке</numerusform>
            <numerusform>%Ln истории из &amp;корзины, в том же порядке</numerusform>
            <numerusform>%Ln историй из &amp;корзины, в том же порядке</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The %Ln stories of the &amp;collection “{name}”, in its order</source>
        <translation>
            <numerusform>%Ln история &amp;подборки «{name}», в её порядке</numerusform>
            <numerusform>%Ln истории &amp;подборки «{name}», в её порядке</numerusform>
            <numerusform>%Ln историй &amp;подборки «{name}», в её порядке</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The first {count} of the %Ln stories of the current &amp;results</source>
        <translation>
            <numerusform>Первые {count} из %Ln истории текущих &amp;результатов поиска</numerusform>
            <numerusform>Первые {count} из %Ln историй текущих &amp;результатов поиска</numerusform>
            <numerusform>Первые {count} из %Ln историй текущих &amp;результатов поиска</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The %Ln stories of the current &amp;results, in their order</source>
        <translation>
            <numerusform>%Ln история из текущих &amp;результатов поиска, в том же порядке</numerusform>
            <numerusform>%Ln истории из текущих &amp;результатов поиска, в том же порядке</numerusform>
            <numerusform>%Ln историй из текущих &amp;результатов поиска, в том же порядке</numerusform>
        </translation>
    </message>
    <message>
        <source>{path} is a folder; add a file name.</source>
        <translation>{path} — это папка; добавьте имя файла.</translation>
    </message>
    <message>
        <source>The folder {folder} does not exist.</source>
        <translation>Папка {folder} не существует.</translation>
    </message>
    <message>
        <source>{file} already exists. Replace it?</source>
        <translation>Файл {file} уже существует. Заменить его?</translation>
    </message>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation>Файлы PDF (*.pdf)</translation>
    </message>
    <message>
        <source>HTML files (*.html *.htm)</source>
        <translation>Файлы HTML (*.html *.htm)</translation>
    </message>
    <message>
        <source>Save the Briefing Pack As</source>
        <translation>Сохранить брифинг-пакет как</translation>
    </message>
    <message>
        <source>There are no stories to put in a pack.</source>
        <translation>Нет историй для брифинг-пакета.</translation>
    </message>
    <message>
        <source>Choose where to save the pack.</source>
        <translation>Выберите, куда сохранить брифинг-пакет.</translation>
    </message>
    <message>
        <source>Replace File?</source>
        <translation>Заменить файл?</translation>
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
        <translation>Ход создания брифинг-пакета</translation>
    </message>
    <message>
        <source>Cancel the briefing pack</source>
        <translation>Отменить создание брифинг-пакета</translation>
    </message>
    <message>
        <source>Cancelling… nothing will be written.</source>
        <translation>Отмена… ничего не будет записано.</translation>
    </message>
    <message>
        <source>Preparing story {number} of {count}: {title}</source>
        <translation>Подготовка истории {number} из {count}: {title}</translation>
    </message>
    <message>
        <source>Writing story {number} of {count}: {title}</source>
        <translation>Запись истории {number} из {count}: {title}</translation>
    </message>
</context>
<context>
    <name>Packs</name>
    <message>
        <source>The briefing pack could not be printed</source>
        <translation>Не удалось напечатать брифинг-пакет</translation>
    </message>
    <message>
        <source>Print Preview — {title}</source>
        <translation>Предварительный просмотр — {title}</translation>
    </message>
    <message>
        <source>a briefing pack is written as {formats}, not &apos;{format}&apos;</source>
        <translation>брифинг-пакет создаётся в формате {formats}, а не «{format}»</translation>
    </message>
    <message>
        <source>{first} or {second}</source>
        <translation>{first} или {second}</translation>
    </message>
    <message>
        <source>the briefing pack</source>
        <translation>создание брифинг-пакета</translation>
    </message>
    <message>
        <source>paper must be one of {papers}, not &apos;{paper}&apos;</source>
        <translation>формат бумаги должен быть одним из {papers}, а не «{paper}»</translation>
    </message>
    <message>
        <source>a briefing pack needs at least one story</source>
        <translation>в брифинг-пакете должна быть хотя бы одна история</translation>
    </message>
    <message>
        <source>{path}: the folder {folder} does not exist</source>
        <translation>{path}: папка {folder} не существует</translation>
    </message>
    <message>
        <source>cannot start painting the briefing pack (is the output writable?)</source>
        <translation>не удалось начать отрисовку брифинг-пакета (доступно ли место сохранения для записи?)</translation>
    </message>
    <message>
        <source>cannot add a page to the briefing pack</source>
        <translation>не удалось добавить страницу в брифинг-пакет</translation>
    </message>
</context>
<context>
    <name>PlatformCheck</name>
    <message>
        <source>StoryDesk cannot open its window: this system lacks {libraries}. Install them with: sudo apt-get install {packages}</source>
        <translation>StoryDesk не может открыть окно: в системе нет {libraries}. Установите их командой: sudo apt-get install {packages}</translation>
    </message>
    <message>
        <source>StoryDesk cannot open its window: this system lacks {libraries}. Install the packages that provide them (on Debian and Ubuntu: {packages}).</source>
        <translation>StoryDesk не может открыть окно: в системе нет {libraries}. Установите пакеты, в которых они есть (в Debian и Ubuntu: {packages}).</translation>
    </message>
    <message>
        <source>StoryDesk cannot open its window: its own Qt libraries are incomplete ({libraries} not found for {plugin}); install StoryDesk again.</source>
        <translation>StoryDesk не может открыть окно: собственные библиотеки Qt неполны (для {plugin} не найдены {libraries}); установите StoryDesk заново.</translation>
    </message>
    <message>
        <source>StoryDesk cannot open its window: Qt&apos;s display plugin {plugin} does not load ({error}).</source>
        <translation>StoryDesk не может открыть окно: модуль экрана Qt {plugin} не загружается ({error}).</translation>
    </message>
    <message>
        <source>StoryDesk cannot open its window: there is no display (DISPLAY is not set); run it in a desktop session, or set QT_QPA_PLATFORM=offscreen for a check.</source>
        <translation>StoryDesk не может открыть окно: нет экрана (DISPLAY не задан); запустите программу в сеансе рабочего стола или задайте QT_QPA_PLATFORM=offscreen для проверки.</translation>
    </message>
</context>
<context>
    <name>PreviewController</name>
    <message>
        <source>The bundle could not be checked</source>
        <translation>Не удалось проверить набор историй</translation>
    </message>
</context>
<context>
    <name>PreviewProgressDialog</name>
    <message>
        <source>Checking the Bundle</source>
        <translation>Проверка набора историй</translation>
    </message>
    <message>
        <source>Checking what the import would do…</source>
        <translation>Проверка того, что изменит импорт…</translation>
    </message>
    <message>
        <source>Preview progress</source>
        <translation>Ход предпросмотра</translation>
    </message>
    <message>
        <source>Cancel the preview</source>
        <translation>Отменить предпросмотр</translation>
    </message>
    <message>
        <source>Cancelling… nothing will be imported.</source>
        <translation>Отмена… ничего не будет импортировано.</translation>
    </message>
    <message>
        <source>Checking {number} of {count}…</source>
        <translation>Проверка: {number} из {count}…</translation>
    </message>
</context>
<context>
    <name>PublishersDialog</name>
    <message>
        <source>Publishers</source>
        <translation>Издатели</translation>
    </message>
    <message>
        <source>Bundles signed with a trusted key may update the stories they brought and withdraw them. Compare a key&apos;s fingerprint with its publisher, by phone, before you trust it.</source>
        <translation>Наборы историй, подписанные доверенным ключом, могут обновлять добавленные ими истории и отзывать их. Прежде чем доверять ключу, сверьте его отпечаток с издателем по телефону.</translation>
    </message>
    <message>
        <source>Publisher keys</source>
        <translation>Ключи издателей</translation>
    </message>
    <message>
        <source>Publisher</source>
        <translation>Издатель</translation>
    </message>
    <message>
        <source>Fingerprint</source>
        <translation>Отпечаток</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Состояние</translation>
    </message>
    <message>
        <source>Reading the keys…</source>
        <translation>Чтение ключей…</translation>
    </message>
    <message>
        <source>&amp;Generate My Key…</source>
        <translation>&amp;Создать мой ключ…</translation>
    </message>
    <message>
        <source>Make this catalogue&apos;s publisher key, to sign its bundles</source>
        <translation>Создать ключ издателя этого каталога, чтобы подписывать его наборы историй</translation>
    </message>
    <message>
        <source>&amp;Export My Key…</source>
        <translation>&amp;Экспорт моего ключа…</translation>
    </message>
    <message>
        <source>Save this catalogue&apos;s public key as a file to give to the offices</source>
        <translation>Сохранить открытый ключ этого каталога в файл, чтобы передать его офисам</translation>
    </message>
    <message>
        <source>Trust Key &amp;File…</source>
        <translation>Доверять ключу из &amp;файла…</translation>
    </message>
    <message>
        <source>Trust a publisher&apos;s key from a key file</source>
        <translation>Доверять ключу издателя из файла</translation>
    </message>
    <message>
        <source>&amp;Trust…</source>
        <translation>&amp;Доверять…</translation>
    </message>
    <message>
        <source>Trust the chosen key, met in a bundle, after comparing its fingerprint</source>
        <translation>Доверять выбранному ключу из набора историй, сверив его отпечаток</translation>
    </message>
    <message>
        <source>&amp;Revoke…</source>
        <translation>&amp;Отозвать…</translation>
    </message>
    <message>
        <source>Refuse the chosen key&apos;s bundles from now on</source>
        <translation>Отныне отклонять наборы историй, подписанные выбранным ключом</translation>
    </message>
    <message>
        <source>This catalogue&apos;s key (signs its bundles)</source>
        <translation>Ключ этого каталога (подписывает его наборы историй)</translation>
    </message>
    <message>
        <source>Trusted</source>
        <translation>Доверенный</translation>
    </message>
    <message>
        <source>Trusted (shipped with this StoryDesk)</source>
        <translation>Доверенный (поставляется вместе с StoryDesk)</translation>
    </message>
    <message>
        <source>Not trusted (met in a bundle)</source>
        <translation>Недоверенный (найден в наборе историй)</translation>
    </message>
    <message>
        <source>Revoked</source>
        <translation>Отозван</translation>
    </message>
    <message>
        <source>No publisher keys yet: generate this catalogue&apos;s, or trust a key file.</source>
        <translation>Ключей издателей пока нет: создайте ключ этого каталога или добавьте доверенный ключ из файла.</translation>
    </message>
    <message>
        <source>Generate My Key</source>
        <translation>Создать мой ключ</translation>
    </message>
    <message>
        <source>The publisher&apos;s name, as the offices will see it on your bundles (for example your organisation and country office):</source>
        <translation>Имя издателя, которое офисы будут видеть в ваших наборах историй (например, ваша организация и страновой офис):</translation>
    </message>
    <message>
        <source>Generate</source>
        <translation>Создать</translation>
    </message>
    <message>
        <source>Export My Key</source>
        <translation>Экспорт моего ключа</translation>
    </message>
    <message>
        <source>Publisher keys (*.storykey)</source>
        <translation>Ключи издателей (*.storykey)</translation>
    </message>
    <message>
        <source>Trust Key File</source>
        <translation>Доверять ключу из файла</translation>
    </message>
    <message>
        <source>Publisher keys (*.storykey);;All files (*)</source>
        <translation>Ключи издателей (*.storykey);;Все файлы (*)</translation>
    </message>
    <message>
        <source>Trust the key of “{publisher}”?</source>
        <translation>Доверять ключу издателя «{publisher}»?</translation>
    </message>
    <message>
        <source>Fingerprint: {fingerprint}

Compare it with the fingerprint the publisher gives you, by phone or in person, not in the bundle&apos;s own channel. A bundle signed with a trusted key may update the stories it brought and withdraw them.</source>
        <translation>Отпечаток: {fingerprint}

Сверьте его с отпечатком, который сообщит вам издатель по телефону или лично, а не по тому же каналу, по которому пришёл набор историй. Набор историй, подписанный доверенным ключом, может обновлять добавленные им истории и отзывать их.</translation>
    </message>
    <message>
        <source>Trust</source>
        <translation>Доверять</translation>
    </message>
    <message>
        <source>Bundles signed with this key are refused here from now on, and a revoked key cannot be trusted again. The stories it brought stay in the catalogue.</source>
        <translation>Наборы историй, подписанные этим ключом, будут отныне отклоняться, а отозванному ключу нельзя снова доверять. Истории, уже добавленные из его наборов, останутся в каталоге.</translation>
    </message>
    <message>
        <source>Its private half is deleted: your bundles are no longer signed until you generate a new key, which the offices must trust anew.</source>
        <translation>Его закрытая часть будет удалена: ваши наборы историй не будут подписываться, пока вы не создадите новый ключ, а офисам придётся заново ему доверять.</translation>
    </message>
    <message>
        <source>Revoke the key of “{publisher}” ({fingerprint})?</source>
        <translation>Отозвать ключ издателя «{publisher}» ({fingerprint})?</translation>
    </message>
    <message>
        <source>Revoke</source>
        <translation>Отозвать</translation>
    </message>
    <message>
        <source>{what}. {reason}</source>
        <translation>{what}. {reason}</translation>
    </message>
    <message>
        <source>Made the publisher key of “{publisher}”. Fingerprint: {fingerprint}. Its private half stays in this data folder.</source>
        <translation>Создан ключ издателя «{publisher}». Отпечаток: {fingerprint}. Его закрытая часть хранится в этой папке данных.</translation>
    </message>
    <message>
        <source>No key was made</source>
        <translation>Ключ не создан</translation>
    </message>
    <message>
        <source>Saved the public key of “{publisher}” as {path}. Tell the offices its fingerprint, so that they can compare it: {fingerprint}</source>
        <translation>Открытый ключ издателя «{publisher}» сохранён в файл {path}. Сообщите офисам его отпечаток, чтобы они могли его сверить: {fingerprint}</translation>
    </message>
    <message>
        <source>The key was not saved</source>
        <translation>Ключ не сохранён</translation>
    </message>
    <message>
        <source>Trusted the key of “{publisher}”.</source>
        <translation>Ключ издателя «{publisher}» добавлен в доверенные.</translation>
    </message>
    <message>
        <source>Fingerprint: {fingerprint}

Compare it with the fingerprint the publisher gives you, by phone or in person. If they differ, revoke this key.</source>
        <translation>Отпечаток: {fingerprint}

Сверьте его с отпечатком, который сообщит вам издатель по телефону или лично. Если они различаются, отзовите этот ключ.</translation>
    </message>
    <message>
        <source>The key was not trusted</source>
        <translation>Ключ не добавлен в доверенные</translation>
    </message>
    <message>
        <source>Trusted the key of “{publisher}” ({fingerprint}).</source>
        <translation>Ключ издателя «{publisher}» ({fingerprint}) добавлен в доверенные.</translation>
    </message>
    <message>
        <source>Revoked the key of “{publisher}” ({fingerprint}): its bundles are refused here.</source>
        <translation>Ключ издателя «{publisher}» ({fingerprint}) отозван: его наборы историй здесь отклоняются.</translation>
    </message>
    <message>
        <source>The key was not revoked</source>
        <translation>Ключ не отозван</translation>
    </message>
</context>
<context>
    <name>ReadingPane</name>
    <message>
        <source>No story selected</source>
        <translation>История не выбрана</translation>
    </message>
    <message>
        <source>Add to Basket</source>
        <translation>В корзину</translation>
    </message>
    <message>
        <source>Add this story to the briefing basket</source>
        <translation>Добавить эту историю в корзину</translation>
    </message>
    <message>
        <source>Copy Source Link</source>
        <translation>Копировать ссылку</translation>
    </message>
    <message>
        <source>Copy the story&apos;s source link</source>
        <translation>Копировать ссылку на источник истории</translation>
    </message>
    <message>
        <source>Edit</source>
        <translation>Изменить</translation>
    </message>
    <message>
        <source>Edit the story&apos;s title, date, partners, goals… (F2)</source>
        <translation>Изменить название, дату, партнёров, цели истории… (F2)</translation>
    </message>
    <message>
        <source>Edit this story</source>
        <translation>Изменить эту историю</translation>
    </message>
    <message>
        <source>Story text</source>
        <translation>Текст истории</translation>
    </message>
    <message>
        <source>Choose a story in the list to read it here.</source>
        <translation>Выберите историю в списке, чтобы прочитать её здесь.</translation>
    </message>
    <message>
        <source>This story could not be shown. {reason}</source>
        <translation>Не удалось показать эту историю. {reason}</translation>
    </message>
    <message>
        <source>Source link copied: {url}</source>
        <translation>Ссылка на источник скопирована: {url}</translation>
    </message>
    <message>
        <source>Link copied: {url}</source>
        <translation>Ссылка скопирована: {url}</translation>
    </message>
    <message>
        <source>Copy Link Address</source>
        <translation>Копировать адрес ссылки</translation>
    </message>
    <message>
        <source>Print Story</source>
        <translation>Печать истории</translation>
    </message>
</context>
<context>
    <name>RestoreDialog</name>
    <message>
        <source>Restore from Backup</source>
        <translation>Восстановление из резервной копии</translation>
    </message>
    <message>
        <source>Choose a backup to put in place of the catalogue. The current catalogue is not deleted: it is kept aside in the backups folder.</source>
        <translation>Выберите резервную копию, которая заменит каталог. Текущий каталог не удаляется: он сохраняется отдельно в папке резервных копий.</translation>
    </message>
    <message>
        <source>Backups</source>
        <translation>Резервные копии</translation>
    </message>
    <message>
        <source>Taken</source>
        <translation>Создана</translation>
    </message>
    <message>
        <source>Stories</source>
        <translation>Истории</translation>
    </message>
    <message>
        <source>Why</source>
        <translation>Причина</translation>
    </message>
    <message>
        <source>Reading the backups…</source>
        <translation>Чтение резервных копий…</translation>
    </message>
    <message>
        <source>Restore</source>
        <translation>Восстановить</translation>
    </message>
    <message>
        <source>made with Back Up Now</source>
        <translation>создана вручную</translation>
    </message>
    <message>
        <source>daily backup</source>
        <translation>ежедневная копия</translation>
    </message>
    <message>
        <source>before a change to many stories</source>
        <translation>перед изменением многих историй</translation>
    </message>
    <message>
        <source>unreadable</source>
        <translation>не читается</translation>
    </message>
    <message>
        <source>before upgrading the catalogue</source>
        <translation>перед обновлением каталога</translation>
    </message>
    <message>
        <source>There are no backups yet.</source>
        <translation>Резервных копий пока нет.</translation>
    </message>
</context>
<context>
    <name>SdgGoals</name>
    <message>
        <source>No Poverty</source>
        <translation>Ликвидация нищеты</translation>
    </message>
    <message>
        <source>Zero Hunger</source>
        <translation>Ликвидация голода</translation>
    </message>
    <message>
        <source>Good Health and Well-being</source>
        <translation>Хорошее здоровье и благополучие</translation>
    </message>
    <message>
        <source>Quality Education</source>
        <translation>Качественное образование</translation>
    </message>
    <message>
        <source>Gender Equality</source>
        <translation>Гендерное равенство</translation>
    </message>
    <message>
        <source>Clean Water and Sanitation</source>
        <translation>Чистая вода и санитария</translation>
    </message>
    <message>
        <source>Affordable and Clean Energy</source>
        <translation>Недорогостоящая и чистая энергия</translation>
    </message>
    <message>
        <source>Decent Work and Economic Growth</source>
        <translation>Достойная работа и экономический рост</translation>
    </message>
    <message>
        <source>Industry, Innovation and Infrastructure</source>
        <translation>Индустриализация, инновации и инфраструктура</translation>
    </message>
    <message>
        <source>Reduced Inequalities</source>
        <translation>Уменьшение неравенства</translation>
    </message>
    <message>
        <source>Sustainable Cities and Communities</source>
        <translation>Устойчивые города и населённые пункты</translation>
    </message>
    <message>
        <source>Responsible Consumption and Production</source>
        <translation>Ответственное потребление и производство</translation>
    </message>
    <message>
        <source>Climate Action</source>
        <translation>Борьба с изменением климата</translation>
    </message>
    <message>
        <source>Life Below Water</source>
        <translation>Сохранение морских экосистем</translation>
    </message>
    <message>
        <source>Life on Land</source>
        <translation>Сохранение экосистем суши</translation>
    </message>
    <message>
        <source>Peace, Justice and Strong Institutions</source>
        <translation>Мир, правосудие и эффективные институты</translation>
    </message>
    <message>
        <source>Partnerships for the Goals</source>
        <translation>Партнёрство в интересах устойчивого развития</translation>
    </message>
</context>
<context>
    <name>Search</name>
    <message>
        <source>Rebuilding the search index</source>
        <translation>Перестройка поискового индекса</translation>
    </message>
    <message>
        <source>Waiting for another StoryDesk process to finish rebuilding the search index</source>
        <translation>Ожидание: другой процесс StoryDesk перестраивает поисковый индекс</translation>
    </message>
    <message>
        <source>the search process stopped and could not be restarted</source>
        <translation>процесс поиска остановился, и его не удалось перезапустить</translation>
    </message>
</context>
<context>
    <name>SearchController</name>
    <message>
        <source>Searches run in the window&apos;s process; typing may pause while they run.</source>
        <translation>Поиск выполняется в процессе окна; при наборе текста возможны паузы.</translation>
    </message>
    <message>
        <source>No stories match. Try other words, or remove a filter.</source>
        <translation>Ничего не найдено. Попробуйте другие слова или уберите фильтр.</translation>
    </message>
    <message numerus="yes">
        <source>%Ln stories found</source>
        <translation>
            <numerusform>Найдена %Ln история</numerusform>
            <numerusform>Найдено %Ln истории</numerusform>
            <numerusform>Найдено %Ln историй</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>All %Ln stories, newest first</source>
        <translation>
            <numerusform>Всего %Ln история, сначала новые</numerusform>
            <numerusform>Всего %Ln истории, сначала новые</numerusform>
            <numerusform>Всего %Ln историй, сначала новые</numerusform>
        </translation>
    </message>
    <message>
        <source>This search cannot be run: {reason}</source>
        <translation>Невозможно выполнить поиск: {reason}</translation>
    </message>
    <message numerus="yes">
        <source>%Ln stories still being indexed</source>
        <translation>
            <numerusform>Ещё не проиндексирована %Ln история</numerusform>
            <numerusform>Ещё не проиндексированы %Ln истории</numerusform>
            <numerusform>Ещё не проиндексировано %Ln историй</numerusform>
        </translation>
    </message>
    <message>
        <source>The search failed; the details are in the log file.</source>
        <translation>Ошибка поиска; подробности — в файле журнала.</translation>
    </message>
</context>
<context>
    <name>SearchHelpDialog</name>
    <message>
        <source>Search Help</source>
        <translation>Справка по поиску</translation>
    </message>
    <message>
        <source>How to search</source>
        <translation>Как искать</translation>
    </message>
    <message>
        <source>The search help is not installed.</source>
        <translation>Справка по поиску не установлена.</translation>
    </message>
</context>
<context>
    <name>SharedCatalogueDialog</name>
    <message>
        <source>Shared Catalogue</source>
        <translation>Общий каталог</translation>
    </message>
    <message>
        <source>A headquarters team can keep one catalogue on a PostgreSQL server. Give its address; keep the password out of it (in the PostgreSQL password file). This computer&apos;s data folder then keeps its search index and images.</source>
        <translation>Команда штаб-квартиры может вести один общий каталог на сервере PostgreSQL. Укажите его адрес без пароля (пароль храните в файле паролей PostgreSQL). Папка данных этого компьютера будет хранить поисковый индекс и изображения.</translation>
    </message>
    <message>
        <source>postgresql+psycopg://user@server/storydesk</source>
        <translation>postgresql+psycopg://user@server/storydesk</translation>
    </message>
    <message>
        <source>Shared catalogue address</source>
        <translation>Адрес общего каталога</translation>
    </message>
    <message>
        <source>&amp;Try It</source>
        <translation>&amp;Проверить</translation>
    </message>
    <message>
        <source>Connect and count the catalogue&apos;s stories</source>
        <translation>Подключиться и посчитать истории каталога</translation>
    </message>
    <message>
        <source>Use This Catalogue</source>
        <translation>Использовать этот каталог</translation>
    </message>
    <message>
        <source>Use This Computer&apos;s Catalogue</source>
        <translation>Использовать каталог этого компьютера</translation>
    </message>
    <message>
        <source>Connecting…</source>
        <translation>Подключение…</translation>
    </message>
    <message>
        <source>Connected. The database is empty: StoryDesk makes the catalogue there when it opens it.</source>
        <translation>Подключено. База данных пуста: StoryDesk создаст в ней каталог, когда откроет её.</translation>
    </message>
    <message numerus="yes">
        <source>Connected: the catalogue holds %Ln stories.</source>
        <translation>
            <numerusform>Подключено: в каталоге %Ln история.</numerusform>
            <numerusform>Подключено: в каталоге %Ln истории.</numerusform>
            <numerusform>Подключено: в каталоге %Ln историй.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ShortcutsDialog</name>
    <message>
        <source>Keyboard Shortcuts</source>
        <translation>Сочетания клавиш</translation>
    </message>
    <message>
        <source>Keyboard shortcuts</source>
        <translation>Сочетания клавиш</translation>
    </message>
    <message>
        <source>Keys</source>
        <translation>Клавиши</translation>
    </message>
    <message>
        <source>What they do</source>
        <translation>Действие</translation>
    </message>
</context>
<context>
    <name>Storage</name>
    <message>
        <source>{path}: the data folder is read-only; StoryDesk can show and search it but not change it</source>
        <translation>{path}: папка данных доступна только для чтения; StoryDesk может показывать её содержимое и искать в ней, но не изменять</translation>
    </message>
    <message>
        <source>the disk is full; free some space and try again</source>
        <translation>диск заполнен; освободите место и повторите попытку</translation>
    </message>
    <message>
        <source>the disk reported an input/output error (was a USB drive removed?)</source>
        <translation>ошибка ввода-вывода диска (не извлечён ли USB-накопитель?)</translation>
    </message>
    <message>
        <source>a file grew past the size the system allows (is the disk full?)</source>
        <translation>файл превысил допустимый в системе размер (не заполнен ли диск?)</translation>
    </message>
    <message>
        <source>the disk is read-only</source>
        <translation>диск доступен только для чтения</translation>
    </message>
    <message>
        <source>permission denied</source>
        <translation>доступ запрещён</translation>
    </message>
    <message>
        <source>your disk quota is used up; free some space and try again</source>
        <translation>ваша дисковая квота исчерпана; освободите место и повторите попытку</translation>
    </message>
    <message>
        <source>the catalogue is busy: another StoryDesk is writing to it; try again when it has finished</source>
        <translation>каталог занят: другой экземпляр StoryDesk записывает в него данные; повторите попытку, когда он закончит</translation>
    </message>
    <message>
        <source>the catalogue file cannot be opened (the folder is missing, not readable, or on a disk that was removed)</source>
        <translation>не удалось открыть файл каталога (папка отсутствует, недоступна для чтения или находится на извлечённом диске)</translation>
    </message>
    <message>
        <source>the catalogue cannot be changed: the data folder is read-only</source>
        <translation>каталог нельзя изменить: папка данных доступна только для чтения</translation>
    </message>
    <message>
        <source>the catalogue is damaged ({detail})</source>
        <translation>каталог повреждён ({detail})</translation>
    </message>
    <message>
        <source>{path}: {reason}</source>
        <translation>{path}: {reason}</translation>
    </message>
    <message>
        <source>{path}: the data folder is read-only; StoryDesk shows and searches the shared catalogue but cannot change it, and searches use the search index as it stands</source>
        <translation>{path}: папка данных доступна только для чтения; StoryDesk показывает общий каталог и ищет по нему, но не может его менять, а поиск использует поисковый индекс в текущем состоянии</translation>
    </message>
    <message>
        <source>{path}: the data folder does not exist and cannot be created (the disk or its parent folder is read-only)</source>
        <translation>{path}: папка данных не существует, и её не удаётся создать (диск или родительская папка доступны только для чтения)</translation>
    </message>
    <message>
        <source>{reason}; the catalogue is open for reading only, and searches use the search index as it stands</source>
        <translation>{reason}; каталог открыт только для чтения, поиск использует поисковый индекс в текущем состоянии</translation>
    </message>
    <message>
        <source>{path}: the data folder is read-only; StoryDesk shows and searches it but cannot change it, and searches use the search index as it stands</source>
        <translation>{path}: папка данных доступна только для чтения; StoryDesk показывает её содержимое и ищет в ней, но не может её изменить, а поиск использует поисковый индекс в текущем состоянии</translation>
    </message>
    <message>
        <source>{reason}; nothing was changed</source>
        <translation>{reason}; ничего не изменено</translation>
    </message>
    <message>
        <source>{error} — the catalogue kept all {count} changed stories, but the search index could not be updated; run &apos;storydesk reindex&apos; when there is room</source>
        <translation>{error} — все изменённые истории ({count}) сохранены в каталоге, но поисковый индекс обновить не удалось; выполните «storydesk reindex», когда освободится место</translation>
    </message>
    <message>
        <source>the deleted stories cannot be put back: a story with the same id or source was imported since; nothing was changed</source>
        <translation>удалённые истории нельзя вернуть: с тех пор импортирована история с тем же идентификатором или источником; ничего не изменено</translation>
    </message>
    <message>
        <source>{path}: the data folder is read-only; no backup can be written there</source>
        <translation>{path}: папка данных доступна только для чтения; записать в неё резервную копию нельзя</translation>
    </message>
    <message>
        <source>{path}: the data folder is inside a cloud-sync folder ({folder}); syncing can damage or fork the catalogue: keep it on a local folder and back up with &apos;storydesk backup&apos;</source>
        <translation>{path}: папка данных находится внутри папки облачной синхронизации ({folder}); синхронизация может повредить каталог или создать его расходящиеся копии: храните его в локальной папке, а резервные копии создавайте командой «storydesk backup»</translation>
    </message>
    <message>
        <source>a network share</source>
        <translation>в сетевой папке</translation>
    </message>
    <message>
        <source>a network drive</source>
        <translation>на сетевом диске</translation>
    </message>
    <message>
        <source>a network or user-space file system ({type})</source>
        <translation>в сетевой файловой системе или файловой системе пользовательского пространства ({type})</translation>
    </message>
    <message>
        <source>{path}: the data folder is on {kind}; SQLite&apos;s locks are unreliable there and the catalogue can be damaged: keep it on a local disk</source>
        <translation>{path}: папка данных находится {kind}; блокировки SQLite там ненадёжны, и каталог может быть повреждён: храните его на локальном диске</translation>
    </message>
</context>
<context>
    <name>StoryBrowser</name>
    <message>
        <source>Copy Link Address</source>
        <translation>Копировать адрес ссылки</translation>
    </message>
</context>
<context>
    <name>StoryCommand</name>
    <message>
        <source>The change could not be undone</source>
        <translation>Не удалось отменить изменение</translation>
    </message>
    <message>
        <source>The change could not be made again</source>
        <translation>Не удалось повторить изменение</translation>
    </message>
</context>
<context>
    <name>StoryEditForm</name>
    <message>
        <source>Undated</source>
        <translation>Без даты</translation>
    </message>
    <message>
        <source>https://…</source>
        <translation>https://…</translation>
    </message>
    <message>
        <source>Apply</source>
        <translation>Применить</translation>
    </message>
    <message>
        <source>Save the changes (Ctrl+Return)</source>
        <translation>Сохранить изменения (Ctrl+Return)</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Отмена</translation>
    </message>
    <message>
        <source>History…</source>
        <translation>История изменений…</translation>
    </message>
    <message>
        <source>Edit Story</source>
        <translation>Изменение истории</translation>
    </message>
    <message>
        <source>Not known</source>
        <translation>Не указан</translation>
    </message>
    <message>
        <source>Suggested from the story&apos;s text: {terms}</source>
        <translation>Предложена по тексту истории: {terms}</translation>
    </message>
    <message>
        <source>Suggested: {goal} ({terms})</source>
        <translation>Предложена: {goal} ({terms})</translation>
    </message>
    <message>
        <source>Confirm</source>
        <translation>Подтвердить</translation>
    </message>
    <message>
        <source>Tick this goal; Apply saves it</source>
        <translation>Отметить эту цель; «Применить» сохранит её</translation>
    </message>
    <message>
        <source>Saving…</source>
        <translation>Сохранение…</translation>
    </message>
</context>
<context>
    <name>StoryEditor</name>
    <message>
        <source>A story needs a title.</source>
        <translation>У истории должно быть название.</translation>
    </message>
    <message>
        <source>Another change is being saved; try again.</source>
        <translation>Сохраняется другое изменение; повторите попытку.</translation>
    </message>
    <message>
        <source>Not saved. {reason}</source>
        <translation>Не сохранено. {reason}</translation>
    </message>
    <message>
        <source>The story was not changed. {reason}</source>
        <translation>История не изменена. {reason}</translation>
    </message>
    <message>
        <source>Story Changed by Someone Else</source>
        <translation>Историю изменил кто-то другой</translation>
    </message>
    <message>
        <source>Your changes are still in the form. Reload the story to see the other change, then put your changes back over it (check them, then Apply) or drop them.</source>
        <translation>Ваши изменения остались в форме. Загрузите историю заново, чтобы увидеть чужое изменение, а затем верните поверх него свои (проверьте их и нажмите «Применить») или откажитесь от них.</translation>
    </message>
    <message>
        <source>Reload, Keeping My Changes</source>
        <translation>Загрузить заново, сохранив мои изменения</translation>
    </message>
    <message>
        <source>Reload, Dropping My Changes</source>
        <translation>Загрузить заново без моих изменений</translation>
    </message>
    <message>
        <source>Reloaded with the other change; your changes are back in the form: check them, then Apply.</source>
        <translation>Загружено заново с чужим изменением; ваши изменения возвращены в форму: проверьте их и нажмите «Применить».</translation>
    </message>
    <message>
        <source>The story could not be reloaded. {reason}</source>
        <translation>Не удалось загрузить историю заново. {reason}</translation>
    </message>
    <message>
        <source>The story cannot be edited. {reason}</source>
        <translation>Эту историю нельзя изменить. {reason}</translation>
    </message>
    <message>
        <source>Undo or Redo changed this story; Apply saves what the form shows.</source>
        <translation>Эта история изменена командой «Отменить» или «Повторить»; «Применить» сохранит то, что показано в форме.</translation>
    </message>
    <message>
        <source>Edit Story</source>
        <translation>Изменение истории</translation>
    </message>
    <message>
        <source>‘{title}’ has changes that are not applied yet.</source>
        <translation>В истории «{title}» есть изменения, которые ещё не применены.</translation>
    </message>
    <message>
        <source>Apply and Quit</source>
        <translation>Применить и выйти</translation>
    </message>
    <message>
        <source>Discard and Quit</source>
        <translation>Отбросить и выйти</translation>
    </message>
    <message>
        <source>Apply your changes to ‘{title}’?</source>
        <translation>Применить изменения в истории «{title}»?</translation>
    </message>
    <message>
        <source>Apply</source>
        <translation>Применить</translation>
    </message>
    <message>
        <source>Discard</source>
        <translation>Отбросить</translation>
    </message>
    <message>
        <source>Keep Editing</source>
        <translation>Продолжить правку</translation>
    </message>
</context>
<context>
    <name>StoryFields</name>
    <message>
        <source>Title</source>
        <translation>Название</translation>
    </message>
    <message>
        <source>Summary</source>
        <translation>Краткое содержание</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Дата</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Язык</translation>
    </message>
    <message>
        <source>Countries</source>
        <translation>Страны</translation>
    </message>
    <message>
        <source>Places</source>
        <translation>Места</translation>
    </message>
    <message>
        <source>Partners</source>
        <translation>Партнёры</translation>
    </message>
    <message>
        <source>SDGs</source>
        <translation>ЦУР</translation>
    </message>
    <message>
        <source>Tags</source>
        <translation>Теги</translation>
    </message>
    <message>
        <source>Author</source>
        <translation>Автор</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Источник</translation>
    </message>
    <message>
        <source>Source link</source>
        <translation>Ссылка на источник</translation>
    </message>
    <message>
        <source>Text</source>
        <translation>Текст</translation>
    </message>
</context>
<context>
    <name>StoryHistory</name>
    <message>
        <source>Edited</source>
        <translation>Изменено</translation>
    </message>
    <message>
        <source>Undone</source>
        <translation>Отменено</translation>
    </message>
    <message>
        <source>Redone</source>
        <translation>Повторено</translation>
    </message>
    <message>
        <source>Imported</source>
        <translation>Импортировано</translation>
    </message>
    <message>
        <source>Took the imported value</source>
        <translation>Взято значение из файла</translation>
    </message>
    <message>
        <source>Kept the value edited here</source>
        <translation>Оставлено значение, изменённое здесь</translation>
    </message>
    <message>
        <source>Suggestion confirmed</source>
        <translation>Предложенная цель подтверждена</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Когда</translation>
    </message>
    <message>
        <source>Machine</source>
        <translation>Компьютер</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>Поле</translation>
    </message>
    <message>
        <source>Before</source>
        <translation>Было</translation>
    </message>
    <message>
        <source>After</source>
        <translation>Стало</translation>
    </message>
    <message>
        <source>Change</source>
        <translation>Действие</translation>
    </message>
</context>
<context>
    <name>StoryListModel</name>
    <message>
        <source>Loading…</source>
        <translation>Загрузка…</translation>
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
        <translation>История без названия</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Дата</translation>
    </message>
    <message>
        <source>Countries</source>
        <translation>Страны</translation>
    </message>
    <message>
        <source>Places</source>
        <translation>Места</translation>
    </message>
    <message>
        <source>Partners</source>
        <translation>Партнёры</translation>
    </message>
    <message>
        <source>SDGs</source>
        <translation>ЦУР</translation>
    </message>
    <message>
        <source>{language} ({code})</source>
        <translation>{language} ({code})</translation>
    </message>
    <message>
        <source>suggested: {terms}</source>
        <translation>предложена по словам: {terms}</translation>
    </message>
    <message>
        <source>Add this goal to the story</source>
        <translation>Добавить эту цель к истории</translation>
    </message>
    <message>
        <source>Confirm</source>
        <translation>Подтвердить</translation>
    </message>
    <message>
        <source>Suggested SDGs</source>
        <translation>Предложенные ЦУР</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Язык</translation>
    </message>
    <message>
        <source>Author</source>
        <translation>Автор</translation>
    </message>
    <message>
        <source>Copy link</source>
        <translation>Копировать ссылку</translation>
    </message>
    <message>
        <source>(click to copy)</source>
        <translation>(нажмите, чтобы скопировать)</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Источник</translation>
    </message>
    <message>
        <source>Unlink this story from its translations</source>
        <translation>Отвязать эту историю от её переводов</translation>
    </message>
    <message>
        <source>Translations</source>
        <translation>Переводы</translation>
    </message>
    <message>
        <source>Key figures</source>
        <translation>Ключевые цифры</translation>
    </message>
    <message>
        <source>Images not stored in this catalogue: {images}</source>
        <translation>Изображения, которых нет в этом каталоге: {images}</translation>
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
        <translation>&amp;Отменить</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>&amp;Повторить</translation>
    </message>
    <message>
        <source>&amp;Undo {change}</source>
        <translation>&amp;Отменить {change}</translation>
    </message>
    <message>
        <source>&amp;Redo {change}</source>
        <translation>&amp;Повторить {change}</translation>
    </message>
</context>
<context>
    <name>TranslationLinks</name>
    <message>
        <source>&amp;Link as Translations</source>
        <translation>&amp;Связать как переводы</translation>
    </message>
    <message>
        <source>Link the selected stories, in different languages, as translations</source>
        <translation>Связать выбранные истории на разных языках как переводы друг друга</translation>
    </message>
    <message>
        <source>&amp;Unlink from Translations</source>
        <translation>&amp;Отвязать от переводов</translation>
    </message>
    <message>
        <source>Take the story shown out of its group of translations</source>
        <translation>Исключить показанную историю из группы переводов</translation>
    </message>
    <message numerus="yes">
        <source>Linked %Ln stories as translations: {titles}</source>
        <translation>
            <numerusform>Как переводы связана %Ln история: {titles}</numerusform>
            <numerusform>Как переводы связаны %Ln истории: {titles}</numerusform>
            <numerusform>Как переводы связаны %Ln историй: {titles}</numerusform>
        </translation>
    </message>
    <message>
        <source>“{title}” is no longer linked to its translations</source>
        <translation>История «{title}» больше не связана со своими переводами</translation>
    </message>
    <message>
        <source>The translations were not changed. {reason}</source>
        <translation>Переводы не изменены. {reason}</translation>
    </message>
</context>
</TS>
