<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ru" sourcelanguage="en">
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
        <source>Remove filter {facet}: {value}</source>
        <translation>Убрать фильтр «{facet}: {value}»</translation>
    </message>
    <message>
        <source>Clear all</source>
        <translation>Сбросить все</translation>
    </message>
    <message>
        <source>Clear all filters</source>
        <translation>Сбросить все фильтры</translation>
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
    <message>
        <source>{value}  ({count})</source>
        <translation>{value}  ({count})</translation>
    </message>
    <message numerus="yes">
        <source>{value}: %Ln stories. Click to show only these.</source>
        <translation>
            <numerusform>{value}: %Ln история. Нажмите, чтобы применить этот фильтр.</numerusform>
            <numerusform>{value}: %Ln истории. Нажмите, чтобы применить этот фильтр.</numerusform>
            <numerusform>{value}: %Ln историй. Нажмите, чтобы применить этот фильтр.</numerusform>
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
    <message numerus="yes">
        <source>… %Ln more</source>
        <translation>
            <numerusform>… ещё %Ln</numerusform>
            <numerusform>… ещё %Ln</numerusform>
            <numerusform>… ещё %Ln</numerusform>
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
        <source>{language} ({code})</source>
        <translation>{language} ({code})</translation>
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
    <name>ImportController</name>
    <message>
        <source>The import did not finish</source>
        <translation>Импорт не завершён</translation>
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
        <source>The catalogue was backed up to {path}</source>
        <translation>Резервная копия каталога сохранена: {path}</translation>
    </message>
    <message>
        <source>Export cancelled; nothing was written.</source>
        <translation>Экспорт отменён; ничего не записано.</translation>
    </message>
    <message>
        <source>Search stories (Ctrl+F): words, &quot;a phrase&quot;, partner:UNDP, year:2024…</source>
        <translation>Поиск историй (Ctrl+F): слова, &quot;фраза&quot;, partner:UNDP, year:2024…</translation>
    </message>
    <message>
        <source>Search stories</source>
        <translation>Поиск историй</translation>
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
        <source>&amp;About StoryDesk</source>
        <translation>&amp;О программе StoryDesk</translation>
    </message>
    <message>
        <source>&amp;Search Help</source>
        <translation>Справка по &amp;поиску</translation>
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
        <source>&amp;Filters Panel</source>
        <translation>Панель &amp;фильтров</translation>
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
    <message numerus="yes">
        <source>Restored %Ln stories from the backup; the previous catalogue is kept in {folder}</source>
        <translation>
            <numerusform>Из резервной копии восстановлена %Ln история; прежний каталог сохранён в папке {folder}</numerusform>
            <numerusform>Из резервной копии восстановлены %Ln истории; прежний каталог сохранён в папке {folder}</numerusform>
            <numerusform>Из резервной копии восстановлено %Ln историй; прежний каталог сохранён в папке {folder}</numerusform>
        </translation>
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
        <source>Stories and bundles ({patterns});;All files (*)</source>
        <translation>Истории и наборы историй ({patterns});;Все файлы (*)</translation>
    </message>
    <message>
        <source>A briefing pack is being made; wait for it to finish.</source>
        <translation>Брифинг-пакет ещё создаётся; дождитесь завершения.</translation>
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
        <source>About StoryDesk</source>
        <translation>О программе StoryDesk</translation>
    </message>
    <message>
        <source>StoryDesk {version}</source>
        <translation>StoryDesk {version}</translation>
    </message>
    <message>
        <source>Qt {version}</source>
        <translation>Qt {version}</translation>
    </message>
    <message>
        <source>An offline catalogue of development stories.</source>
        <translation>Офлайн-каталог историй о развитии.</translation>
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
        <extracomment>A pack from search results takes at most this many stories (the first, in the order shown); a pack is read on paper, and 200 stories are already some 500 pages. The runner lane exports run on: one thread of its own.</extracomment>
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
    <name>SearchController</name>
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
    <name>StoryBrowser</name>
    <message>
        <source>Copy Link Address</source>
        <translation>Копировать адрес ссылки</translation>
    </message>
</context>
<context>
    <name>StoryListModel</name>
    <message>
        <source>Loading…</source>
        <translation>Загрузка…</translation>
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
</TS>
